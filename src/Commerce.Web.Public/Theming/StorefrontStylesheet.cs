using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Commerce.Web.Public.Theming;

/// <summary>
/// The storefront's one stylesheet, shared by every store (a store's colors are inline variables): served from the
/// assembly under a content-hash URL, so it is cached for a year and a new build changes the URL.
/// </summary>
public static class StorefrontStylesheet
{
    private static readonly byte[] Content = Load();

    public static string Version { get; } = Convert.ToHexStringLower(SHA256.HashData(Content))[..12];

    public static string Path => $"/assets/storefront.css?v={Version}";

    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/css; charset=utf-8";
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        context.Response.Headers[HeaderNames.ETag] = $"\"{Version}\"";
        await context.Response.Body.WriteAsync(Content, context.RequestAborted);
    }

    private static byte[] Load()
    {
        using var stream = typeof(StorefrontStylesheet).Assembly.GetManifestResourceStream("storefront.css")
            ?? throw new InvalidOperationException("The storefront stylesheet is not embedded.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
