using System.Security.Claims;
using Commerce.Customers;
using Commerce.MultiTenancy;
using Commerce.Users;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Public.Customers;

/// <summary>
/// The shoppers' own cookie sign-in, apart from staff sign-in: its own scheme and cookie, the customer id, email
/// and tenant as claims. A cookie is honoured only on a host of the tenant that issued it.
/// </summary>
public static class StorefrontAuthentication
{
    public const string Scheme = "Storefront";

    public static IServiceCollection AddStorefrontAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = StorefrontCookies.Customer;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/account/sign-in";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = RejectOtherTenantsAsync;
        });
        new IdentityBuilder(typeof(Customer), services).AddDefaultTokenProviders();
        return services;
    }

    public static ClaimsPrincipal CreatePrincipal(CustomerDto customer, Guid tenantId) =>
        new(new ClaimsIdentity(
        [
            new Claim(CommerceClaimTypes.CustomerId, customer.Id.ToString()),
            new Claim(CommerceClaimTypes.Email, customer.Email),
            new Claim(CommerceClaimTypes.TenantId, tenantId.ToString()),
        ], Scheme, CommerceClaimTypes.Email, CommerceClaimTypes.Role));

    private static async Task RejectOtherTenantsAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ICurrentTenant>().Id;
        var claim = context.Principal?.FindFirst(CommerceClaimTypes.TenantId)?.Value;
        if (tenant is null || !Guid.TryParse(claim, out var issuedFor) || issuedFor != tenant)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
