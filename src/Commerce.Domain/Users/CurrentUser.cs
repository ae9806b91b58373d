using System.Security.Claims;

namespace Commerce.Users;

public sealed class CurrentUser(ICurrentPrincipalAccessor principalAccessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => principalAccessor.Principal;

    public bool IsAuthenticated => Id.HasValue;

    public Guid? Id => ParseGuid(Find(CommerceClaimTypes.UserId));

    public string? UserName => Find(CommerceClaimTypes.UserName);

    public Guid? TenantId => ParseGuid(Find(CommerceClaimTypes.TenantId));

    public IReadOnlyList<string> Roles =>
        Principal?.FindAll(CommerceClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];

    private string? Find(string claimType) => Principal?.FindFirst(claimType)?.Value;

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
