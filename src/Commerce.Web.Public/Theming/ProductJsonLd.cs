using System.Globalization;
using System.Text.Json;
using Commerce.Catalog.Storefront;
using Commerce.Stores.Storefront;

namespace Commerce.Web.Public.Theming;

/// <summary>
/// schema.org Product with one Offer per variant, for search engines. The serializer's default encoder escapes
/// &lt;, &gt; and &amp;, so product text cannot close the script element it is written into.
/// </summary>
public static class ProductJsonLd
{
    public static string Write(StorefrontProductDto product, StorefrontStoreDto store, string url, string? imageUrl) =>
        JsonSerializer.Serialize(WithoutNulls(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = product.Title,
            ["description"] = product.SeoDescription ?? product.Title,
            ["sku"] = product.Variants[0].Sku,
            ["image"] = imageUrl,
            ["url"] = url,
            ["offers"] = product.Variants.Select(v => WithoutNulls(new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["sku"] = v.Sku,
                ["price"] = v.Price.ToString("0.00", CultureInfo.InvariantCulture),
                ["priceCurrency"] = store.Currency,
                ["availability"] = v.InStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
                ["url"] = url,
            })).ToList(),
        }));

    /// <summary>Absent, not null: schema.org readers treat a null property as a value.</summary>
    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> properties) =>
        properties.Where(p => p.Value is not null).ToDictionary();
}
