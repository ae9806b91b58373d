using Commerce.Identity;
using Commerce.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Commerce.HttpApi.Host.Identity;

/// <summary>Identity's sign-in rules, plus: a disabled account, or an account of a suspended tenant, cannot sign in.</summary>
public sealed class CommerceSignInManager(
    UserManager<CommerceUser> userManager, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<CommerceUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<CommerceUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CommerceUser> confirmation, ITenantStore tenantStore)
    : SignInManager<CommerceUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(CommerceUser user)
    {
        if (!user.IsActive || !await base.CanSignInAsync(user))
            return false;
        return user.TenantId is not { } tenantId || await tenantStore.FindAsync(tenantId, default) is { IsActive: true };
    }
}
