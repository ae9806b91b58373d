using System.Security.Claims;

namespace Commerce.Users;

public sealed class CurrentUserTests
{
    private readonly CurrentPrincipalAccessor accessor = new();

    [Fact]
    public void The_user_is_read_from_the_access_token_claims()
    {
        var userId = Guid.CreateVersion7();
        var tenantId = Guid.CreateVersion7();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(CommerceClaimTypes.UserId, userId.ToString()),
            new Claim(CommerceClaimTypes.UserName, "ada"),
            new Claim(CommerceClaimTypes.TenantId, tenantId.ToString()),
            new Claim(CommerceClaimTypes.Role, "owner"),
        ], "Test"));

        using var scope = accessor.Change(principal);
        var user = new CurrentUser(accessor);

        user.IsAuthenticated.ShouldBeTrue();
        user.Id.ShouldBe(userId);
        user.UserName.ShouldBe("ada");
        user.TenantId.ShouldBe(tenantId);
        user.Roles.ShouldBe(["owner"]);
    }

    [Fact]
    public void Without_a_principal_nobody_is_signed_in() =>
        new CurrentUser(accessor).IsAuthenticated.ShouldBeFalse();
}
