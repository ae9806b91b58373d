using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Commerce.Notifications.Rendering;

/// <summary>
/// The plain-text alternative of a rendered message: the text of the HTML with a line break after each block, and
/// each link's address after its text, so a reader without HTML can still follow it.
/// </summary>
public static partial class HtmlToText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "li", "ul", "ol", "table", "blockquote", "section",
    };

    public static string Convert(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Write(document.Body ?? (INode)document, text);
        return MultipleBlankLines().Replace(string.Join('\n', text.ToString().Split('\n').Select(l => Spaces().Replace(l, " ").Trim())), "\n\n").Trim();
    }

    private static void Write(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "style" or "script" or "head" or "title" }:
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    Write(cell, text);
                    text.Append(' ');
                    break;
                case IElement { LocalName: "a" } link when link.GetAttribute("href") is { Length: > 0 } href && !href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase):
                    Write(link, text);
                    if (!string.Equals(link.TextContent.Trim(), href, StringComparison.Ordinal))
                        text.Append(" (").Append(href).Append(')');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    text.Append('\n');
                    Write(element, text);
                    text.Append('\n');
                    break;
                default:
                    Write(child, text);
                    break;
            }
        }
    }

    [GeneratedRegex("[ \t\r\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("\n{3,}")]
    private static partial Regex MultipleBlankLines();
}
