using Ganss.Xss;

namespace Commerce.Catalog;

/// <summary>
/// Merchant-written HTML (product and category descriptions) as the storefront may show it: scripts, event
/// handlers, javascript: links and other constructs that can run code are removed; formatting is kept.
/// </summary>
public static class RichText
{
    private static readonly HtmlSanitizer Sanitizer = new();

    /// <summary>The sanitized HTML; null when nothing is left.</summary>
    public static string? Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return null;
        var clean = Sanitizer.Sanitize(html).Trim();
        return clean.Length == 0 ? null : clean;
    }
}
