using System.Security.Claims;
using Commerce.Ordering.Carts;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Http;

namespace Commerce.Web.Public.Carts;

/// <summary>
/// The visitor's cart token in a host-only cookie (no Domain, so each store host keeps its own), HttpOnly and Lax so
/// only same-site form posts carry it; Secure whenever the request came over https.
/// </summary>
public static class CartCookie
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string? Read(HttpContext context) =>
        context.Request.Cookies.TryGetValue(StorefrontCookies.Cart, out var token) && !string.IsNullOrWhiteSpace(token) ? token : null;

    /// <summary>Keeps a token the cart service just made; nothing when the cart already had one (or is a customer's).</summary>
    public static void Keep(HttpContext context, CartDto cart)
    {
        if (cart.VisitorToken is { } token)
            context.Response.Cookies.Append(StorefrontCookies.Cart, token, Options(context));
    }

    public static void Forget(HttpContext context) => context.Response.Cookies.Delete(StorefrontCookies.Cart, Options(context));

    /// <summary>On sign-in or registration: the visitor's cart joins the customer's and the cookie goes.</summary>
    public static async Task MergeIntoCustomerAsync(HttpContext context, ICartAppService carts, Guid storeId, ClaimsPrincipal customer, CancellationToken ct)
    {
        if (Read(context) is not { } token)
            return;
        context.User = customer;
        await carts.MergeAsync(storeId, token, ct);
        Forget(context);
    }

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        IsEssential = true,
        Path = "/",
        MaxAge = Lifetime,
    };
}
