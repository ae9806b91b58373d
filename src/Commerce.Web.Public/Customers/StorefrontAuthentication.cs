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
/// The shoppers' own cookie sign-in, apart from staff sign-in: its own scheme and cookie, the customer id, email,
/// tenant and security stamp as claims. A cookie is honoured only on a host of the tenant that issued it, and only
/// until the account's password is reset.
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
            o.Events.OnValidatePrincipal = ValidateAsync;
        });
        new IdentityBuilder(typeof(Customer), services).AddDefaultTokenProviders();
        return services;
    }

    /// <summary>Issues the cookie for a customer whose credentials were just checked; returns its principal.</summary>
    public static async Task<ClaimsPrincipal> SignInAsync(HttpContext http, ICustomerAccountAppService accounts, CustomerDto customer, Guid tenantId, CancellationToken ct)
    {
        var stamp = await accounts.FindSessionStampAsync(customer.Id, ct) ?? string.Empty;
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(CommerceClaimTypes.CustomerId, customer.Id.ToString()),
            new Claim(CommerceClaimTypes.Email, customer.Email),
            new Claim(CommerceClaimTypes.TenantId, tenantId.ToString()),
            new Claim(CommerceClaimTypes.CustomerSessionStamp, stamp),
        ], Scheme, CommerceClaimTypes.Email, CommerceClaimTypes.Role));
        await http.SignInAsync(Scheme, principal);
        return principal;
    }

    /// <summary>
    /// On every request that carries the cookie: issued by this store's tenant, for an account that still exists and
    /// whose password was not reset since (the security stamp), else the cookie is dropped.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var tenant = services.GetRequiredService<ICurrentTenant>().Id;
        var principal = context.Principal;
        var valid = tenant is not null
            && Guid.TryParse(principal?.FindFirst(CommerceClaimTypes.TenantId)?.Value, out var issuedFor) && issuedFor == tenant
            && Guid.TryParse(principal?.FindFirst(CommerceClaimTypes.CustomerId)?.Value, out var customerId)
            && principal?.FindFirst(CommerceClaimTypes.CustomerSessionStamp)?.Value is { Length: > 0 } stamp
            && string.Equals(await services.GetRequiredService<ICustomerAccountAppService>().FindSessionStampAsync(customerId, context.HttpContext.RequestAborted),
                stamp, StringComparison.Ordinal);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
