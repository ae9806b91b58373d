using System.Globalization;
using System.Net;
using Commerce.Web.Public.Localization;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public;

/// <summary>
/// The plain pages a shopper's browser gets when an address names no store, a store that cannot sell now, or a page
/// the store does not have. They need no database, theme or script: the first two are written before any store is
/// resolved.
/// </summary>
public static class StorefrontStatusPages
{
    /// <summary>Whether the caller is a browser asking for a page rather than a client asking for data.</summary>
    public static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static Task WriteUnavailableAsync(HttpContext context, string storeName)
    {
        var l = Localizer(context);
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, l["Store unavailable"],
            l["{0} is unavailable", storeName], l["This store is not open at the moment. Please come back later."]);
    }

    /// <summary>On a store's address a page it does not have (with the way home); elsewhere, that no store is here.</summary>
    public static Task WriteNotFoundAsync(HttpContext context)
    {
        var l = Localizer(context);
        if (context.RequestServices.GetService<ICurrentStore>()?.Store is { } store)
        {
            return WriteAsync(context, StatusCodes.Status404NotFound, l["Page not found"], l["This page does not exist"],
                l["The page may have moved or been removed."], l["Go to the home page of {0}", store.Name]);
        }

        return WriteAsync(context, StatusCodes.Status404NotFound, l["Store not found"],
            l["There is no store here"], l["Check the address: no store answers at it."]);
    }

    /// <summary>The storefront's texts in the request's culture: the store's locale once a store is resolved, else English.</summary>
    private static IStringLocalizer Localizer(HttpContext context) =>
        context.RequestServices.GetRequiredService<IStringLocalizer<StorefrontResource>>();

    private static Task WriteAsync(HttpContext context, int status, string title, string heading, string text, string? homeLink = null)
    {
        var home = homeLink is null ? "" : $"""<p><a href="/">{WebUtility.HtmlEncode(homeLink)}</a></p>""";
        var culture = CultureInfo.CurrentUICulture;
        var lang = culture.Equals(CultureInfo.InvariantCulture) ? "en" : culture.TwoLetterISOLanguageName;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>{{WebUtility.HtmlEncode(title)}}</title>
                <meta name="description" content="{{WebUtility.HtmlEncode(text)}}">
                <style>body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1f24}main{max-width:36rem;margin:15vh auto;padding:0 1.5rem}</style>
            </head>
            <body>
                <main>
                    <h1>{{WebUtility.HtmlEncode(heading)}}</h1>
                    <p>{{WebUtility.HtmlEncode(text)}}</p>
                    {{home}}
                </main>
            </body>
            </html>
            """, context.RequestAborted);
    }
}
