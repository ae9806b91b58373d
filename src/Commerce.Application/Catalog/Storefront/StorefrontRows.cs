using Commerce.Catalog.ProductImages;

namespace Commerce.Catalog.Storefront;

/// <summary>The columns a product card is made of, as one query projects them.</summary>
internal sealed class CardRow
{
    public Guid Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Handle { get; init; } = string.Empty;

    public List<PriceRow> Prices { get; init; } = [];

    public ImageRow? Image { get; init; }

    public bool InStock { get; init; }
}

/// <summary>A variant's price columns, for <see cref="Products.VariantPricing"/>.</summary>
internal sealed class PriceRow
{
    public decimal Price { get; init; }

    public decimal? SpecialPrice { get; init; }

    public DateTimeOffset? SpecialPriceStart { get; init; }

    public DateTimeOffset? SpecialPriceEnd { get; init; }

    public decimal? StorePrice { get; init; }

    public decimal? CompareAtPrice { get; init; }

    public decimal EffectiveAt(DateTimeOffset at) =>
        Products.VariantPricing.Effective(Price, SpecialPrice, SpecialPriceStart, SpecialPriceEnd, StorePrice, at);
}

internal sealed class ImageRow
{
    public Guid Id { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public string? AltText { get; init; }

    public ProductImageThumbnailState ThumbnailState { get; init; }

    public IReadOnlyList<int> ThumbnailSizes { get; init; } = [];

    public StorefrontImageDto ToDto() => new()
    {
        Id = Id, Width = Width, Height = Height, AltText = AltText,
        Sizes = ThumbnailState == ProductImageThumbnailState.Ready ? ThumbnailSizes : [],
    };
}

/// <summary>An image that may picture a cart or order line: its product's first, or the image of some of the variants asked for.</summary>
internal sealed class VariantImageRow
{
    public Guid ProductId { get; init; }

    public int Position { get; init; }

    /// <summary>The variants asked for that this image is the image of.</summary>
    public List<Guid> VariantIds { get; init; } = [];

    public ImageRow Image { get; init; } = null!;
}
