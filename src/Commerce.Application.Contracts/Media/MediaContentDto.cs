namespace Commerce.Media;

/// <summary>One public media file (a product image, a store's logo or banner), opened for sending; the receiver disposes <see cref="Content"/>.</summary>
public sealed record MediaContentDto
{
    public required Stream Content { get; init; }

    public required string ContentType { get; init; }

    /// <summary>A quoted entity tag; the file under one id and size never changes.</summary>
    public required string ETag { get; init; }
}
