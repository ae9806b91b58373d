namespace Commerce.Catalog.Storefront;

/// <summary>A product picture: served at /media/product-images/{tenant}/{id}/{size} in the sizes that are made.</summary>
public sealed record StorefrontImageDto
{
    public Guid Id { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public string? AltText { get; init; }

    /// <summary>The thumbnail sizes made (long side in pixels), ascending; the original is always there.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [];
}
