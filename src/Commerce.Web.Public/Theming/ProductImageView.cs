using Commerce.Catalog.Storefront;

namespace Commerce.Web.Public.Theming;

/// <summary>An image as a responsive &lt;img&gt;: the made thumbnail sizes as srcset, the original as the fallback.</summary>
public sealed record ProductImageView(Guid TenantId, StorefrontImageDto Image, bool Lazy, string SizesAttribute)
{
    private string Url(string size) => $"/media/product-images/{TenantId}/{Image.Id}/{size}";

    public string Src => Image.Sizes.Count == 0 ? Url("original") : Url(Image.Sizes.LastOrDefault(s => s <= 480, Image.Sizes[0]).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Each size is the long side; the width the browser needs is that side scaled by the aspect ratio.</summary>
    public string? SrcSet => Image.Sizes.Count == 0 ? null : string.Join(", ", Image.Sizes.Select(s =>
        FormattableString.Invariant($"{Url(s.ToString(System.Globalization.CultureInfo.InvariantCulture))} {WidthAt(s)}w")));

    private int WidthAt(int longSide) =>
        Image.Width >= Image.Height ? longSide : (int)Math.Round(longSide * (double)Image.Width / Image.Height);
}
