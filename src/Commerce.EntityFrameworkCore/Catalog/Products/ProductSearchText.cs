using System.Text.RegularExpressions;
using Commerce.Catalog.Products;

namespace Commerce.EntityFrameworkCore.Catalog.Products;

/// <summary>What the search columns hold and how a user's text is turned into queries on them.</summary>
internal static partial class ProductSearchText
{
    /// <summary>The words full-text search finds: title, handle, tags and SKUs.</summary>
    public static string WordsOf(Product product) =>
        string.Join(' ', [product.Title, product.Handle, .. product.Tags, .. Skus(product)]);

    /// <summary>The title and SKUs, normalized for trigram similarity.</summary>
    public static string FuzzyTextOf(Product product) => Normalize(string.Join(' ', [product.Title, .. Skus(product)]));

    /// <summary>Lower case, with hyphens, apostrophes and dots dropped, so "T-Shirt" and "tshirt" compare as one word.</summary>
    public static string Normalize(string text) => Spaces().Replace(Joiners().Replace(text.ToLowerInvariant(), string.Empty), " ").Trim();

    /// <summary>
    /// Each word of the text as a prefix, all required ("cott shi" finds "Cotton Shirt"); null when the text has
    /// no word. Only letters and digits reach the tsquery, so its syntax cannot be injected.
    /// </summary>
    public static string? ToPrefixQuery(string text)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value + ":*").ToList();
        return words.Count == 0 ? null : string.Join(" & ", words);
    }

    private static IEnumerable<string> Skus(Product product) => product.Variants.Select(v => v.Sku).OfType<string>();

    [GeneratedRegex(@"[\-'’.]", RegexOptions.CultureInvariant)]
    private static partial Regex Joiners();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
