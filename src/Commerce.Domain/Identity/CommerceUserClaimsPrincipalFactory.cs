using System.Security.Claims;
using Commerce.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Commerce.Identity;

/// <summary>Identity's claims plus the tenant the user belongs to, which every later request resolves first.</summary>
public sealed class CommerceUserClaimsPrincipalFactory(
    UserManager<CommerceUser> userManager, RoleManager<CommerceRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CommerceUser, CommerceRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CommerceUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TenantId is { } tenantId)
            identity.AddClaim(new Claim(CommerceClaimTypes.TenantId, tenantId.ToString()));
        return identity;
    }
}
