using Commerce.EntityFrameworkCore.Identity;
using Commerce.Identity;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Commerce.HttpApi.Host.Identity;

internal static class IdentityHostServiceCollectionExtensions
{
    /// <summary>The scheme that picks the access token when a request carries one, else the sign-in cookie.</summary>
    public const string BearerOrCookieScheme = "BearerOrCookie";

    /// <summary>
    /// ASP.NET Core Identity with its sign-in cookie (for the server-rendered sign-in page), and OpenIddict as the
    /// authorization server (authorization code with PKCE, refresh tokens) and as the validator of its access tokens.
    /// </summary>
    public static IServiceCollection AddCommerceIdentityHost(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<CommerceUser, CommerceRole>(CommerceIdentityOptions.Configure)
            .AddCommerceStores()
            .AddSignInManager<CommerceSignInManager>();
        services.AddCommerceIdentityShared();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "commerce.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        // Access tokens are short: a disabled user or a suspended tenant loses access at the next refresh at the latest.
        var developmentKeys = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        services.AddOpenIddict()
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, CommerceOpenIdConsts.ApiScope);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(15)).SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                SigningKeys.Configure(server, configuration, developmentKeys);
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!configuration.GetValue("OpenIddict:RequireHttps", !developmentKeys))
                    aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = BearerOrCookieScheme;
                o.DefaultAuthenticateScheme = BearerOrCookieScheme;
                o.DefaultChallengeScheme = BearerOrCookieScheme;
            })
            .AddPolicyScheme(BearerOrCookieScheme, "Access token or sign-in cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme);
        return services;
    }
}
