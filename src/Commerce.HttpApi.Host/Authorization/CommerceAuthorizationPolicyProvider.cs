using Commerce.HttpApi.Authorization;
using Commerce.Permissions;
using Commerce.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Commerce.HttpApi.Host.Authorization;

/// <summary>
/// The one policy provider: the side policies (Host, Tenant) and a policy per permission name, built on demand,
/// so `[Authorize(CommercePermissions.X)]` and IAuthorizationService work with any permission.
/// </summary>
internal sealed class CommerceAuthorizationPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    private static readonly AuthorizationPolicy HostSide = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => !context.User.HasClaim(c => c.Type == CommerceClaimTypes.TenantId))
        .Build();

    private static readonly AuthorizationPolicy TenantSide = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(CommerceClaimTypes.TenantId)
        .Build();

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) => policyName switch
    {
        CommerceAuthorizationPolicies.Host => HostSide,
        CommerceAuthorizationPolicies.Tenant => TenantSide,
        _ when CommercePermissionDefinitions.Find(policyName) is not null =>
            new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build(),
        _ => await base.GetPolicyAsync(policyName),
    };
}
