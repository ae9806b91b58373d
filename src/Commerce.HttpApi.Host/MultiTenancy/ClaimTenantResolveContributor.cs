using Commerce.Users;

namespace Commerce.HttpApi.Host.MultiTenancy;

/// <summary>First: the signed-in user's access token names the tenant.</summary>
internal sealed class ClaimTenantResolveContributor : ITenantResolveContributor
{
    public string Name => "Claim";

    public string? Resolve(HttpContext context) => context.User.FindFirst(CommerceClaimTypes.TenantId)?.Value;
}
