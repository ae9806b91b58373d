namespace Commerce.Catalog.ProductImages;

/// <summary>
/// An image of a product's gallery. Its files are served publicly at /media/product-images/{tenant id}/{id}/{size},
/// where the size is "original" or one of <see cref="ThumbnailSizes"/>.
/// </summary>
public sealed record ProductImageDto
{
    public Guid Id { get; init; }

    public Guid ProductId { get; init; }

    /// <summary>The type found in the content ("image/jpeg", "image/png", "image/webp", "image/gif").</summary>
    public required string ContentType { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public long ByteSize { get; init; }

    public string? AltText { get; init; }

    /// <summary>The place in the gallery, from 0.</summary>
    public int Position { get; init; }

    /// <summary>The variants this is the image of.</summary>
    public IReadOnlyList<Guid> VariantIds { get; init; } = [];

    public ProductImageThumbnailState ThumbnailState { get; init; }

    /// <summary>The thumbnails there are (the long side in pixels); empty until <see cref="ThumbnailState"/> is Ready.</summary>
    public IReadOnlyList<int> ThumbnailSizes { get; init; } = [];

    public DateTimeOffset CreationTime { get; init; }

    public uint Version { get; init; }
}
