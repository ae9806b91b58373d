using System.Net;
using Microsoft.AspNetCore.Http;

namespace Commerce.Web.Public;

/// <summary>
/// The plain pages a shopper's browser gets when an address names no store, or a store that cannot sell now.
/// They need no database, theme or script: they are written before any store is resolved.
/// </summary>
public static class StorefrontStatusPages
{
    /// <summary>Whether the caller is a browser asking for a page rather than a client asking for data.</summary>
    public static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static Task WriteUnavailableAsync(HttpContext context, string storeName) =>
        WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Store unavailable",
            $"{storeName} is unavailable", "This store is not open at the moment. Please come back later.");

    public static Task WriteNotFoundAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status404NotFound, "Store not found",
            "There is no store here", "Check the address: no store answers at it.");

    private static Task WriteAsync(HttpContext context, int status, string title, string heading, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en">
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
                </main>
            </body>
            </html>
            """, context.RequestAborted);
    }
}
