using System.Collections.Immutable;
using System.Security.Claims;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Commerce.HttpApi.Host.Identity;

/// <summary>
/// OpenIddict's authorization, token and end-session endpoints. The user signs in on the server-rendered sign-in
/// page (a cookie); this turns that sign-in into codes and tokens, and re-checks the account at every refresh.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AuthorizationController(
    SignInManager<CommerceUser> signInManager, UserManager<CommerceUser> userManager, ICurrentTenant currentTenant) : Controller
{
    [HttpGet("~/connect/authorize")]
    [HttpPost("~/connect/authorize")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Authorize()
    {
        var request = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await userManager.GetUserAsync(cookie.Principal) : null;
        if (user is null || !await signInManager.CanSignInAsync(user))
        {
            var parameters = Request.HasFormContentType ? Request.Form.ToList() : Request.Query.ToList();
            return Challenge(
                new AuthenticationProperties { RedirectUri = Request.PathBase + Request.Path + QueryString.Create(parameters) },
                IdentityConstants.ApplicationScheme);
        }

        return SignIn(await CreatePrincipalAsync(user, request.GetScopes()), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    [HttpPost("~/connect/token")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(SignInRateLimiting.PolicyName)]
    [Produces("application/json")]
    public async Task<IActionResult> Exchange()
    {
        var request = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
            throw new InvalidOperationException("The server accepts only the authorization code and refresh token grants.");

        var granted = (await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal!;
        var tenantId = Guid.TryParse(granted.GetClaim(CommerceClaimTypes.TenantId), out var id) ? id : (Guid?)null;
        using (currentTenant.Change(tenantId))
        {
            var user = await userManager.FindByIdAsync(granted.GetClaim(Claims.Subject)!);
            if (user is null || !await signInManager.CanSignInAsync(user))
            {
                return Forbid(
                    new AuthenticationProperties(new Dictionary<string, string?>
                    {
                        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The account can no longer sign in.",
                    }),
                    OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            return SignIn(await CreatePrincipalAsync(user, granted.GetScopes()), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
    }

    [HttpGet("~/connect/endsession")]
    [HttpPost("~/connect/endsession")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> EndSession()
    {
        await signInManager.SignOutAsync();
        return SignOut(new AuthenticationProperties { RedirectUri = "/" }, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<ClaimsPrincipal> CreatePrincipalAsync(CommerceUser user, ImmutableArray<string> scopes)
    {
        var principal = await signInManager.CreateUserPrincipalAsync(user);
        principal.SetScopes(scopes);
        principal.SetResources(CommerceOpenIdConsts.ApiScope);
        principal.SetDestinations(claim => Destinations(claim, principal));
        return principal;
    }

    /// <summary>What each claim is for: the API reads the access token, the backoffice the identity token.</summary>
    private static IEnumerable<string> Destinations(Claim claim, ClaimsPrincipal principal)
    {
        switch (claim.Type)
        {
            case Claims.Subject or CommerceClaimTypes.TenantId:
                return [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken];
            case CommerceClaimTypes.UserName or CommerceClaimTypes.Email:
                return principal.HasScope(Scopes.Profile) || principal.HasScope(Scopes.Email)
                    ? [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken]
                    : [OpenIddictConstants.Destinations.AccessToken];
            case CommerceClaimTypes.Role:
                return principal.HasScope(Scopes.Roles)
                    ? [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken]
                    : [OpenIddictConstants.Destinations.AccessToken];
            default:
                // The security stamp and anything else stay on the server.
                return [];
        }
    }
}
