using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Commerce.Web.Public.Customers;

/// <summary>
/// After the tenant is resolved: a request to a store that carries the customer cookie runs as that customer, so
/// pages, antiforgery tokens and ICurrentCustomer see the same principal. The cookie's tenant is checked against the
/// resolved one as it is read (<see cref="StorefrontAuthentication"/>), so another tenant's cookie is ignored.
/// </summary>
internal sealed class StorefrontCustomerMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentStore currentStore)
    {
        if (currentStore.Store is not null && context.User.Identity?.IsAuthenticated != true
            && context.Request.Cookies.ContainsKey(StorefrontCookies.Customer))
        {
            var result = await context.AuthenticateAsync(StorefrontAuthentication.Scheme);
            if (result.Succeeded)
                context.User = result.Principal;
        }

        await next(context);
    }
}
