namespace Commerce.Catalog.ProductImages;

/// <summary>One file of an image, opened for sending; the receiver disposes <see cref="Content"/>.</summary>
public sealed record ProductImageContentDto
{
    public required Stream Content { get; init; }

    public required string ContentType { get; init; }

    /// <summary>A quoted entity tag; the file under one image id and size never changes.</summary>
    public required string ETag { get; init; }
}
