using System.Net;
using System.Text;

/// <summary>A minimal layout; the page is padded to the storefront page's size so both write the same bytes.</summary>
internal static class Html
{
    public static void Open(StringBuilder html, string title, IReadOnlyList<Category> categories)
    {
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title))
            .Append("</title><link rel=\"stylesheet\" href=\"/assets/storefront.css\"></head><body><nav><ul>");
        foreach (var category in categories)
            html.Append("<li><a href=\"/c/").Append(WebUtility.HtmlEncode(category.Handle)).Append("\">").Append(WebUtility.HtmlEncode(category.Name)).Append("</a></li>");
        html.Append("</ul></nav><main>");
    }

    public static IResult Close(StringBuilder html, int bytes)
    {
        html.Append("</main>");
        var padding = bytes - Encoding.UTF8.GetByteCount(html.ToString()) - "<!----></body></html>".Length;
        if (padding > 0)
            html.Append("<!--").Append('-', padding).Append("-->");
        html.Append("</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
