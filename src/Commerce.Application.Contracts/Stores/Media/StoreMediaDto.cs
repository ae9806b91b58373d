namespace Commerce.Stores.Media;

/// <summary>An uploaded logo or banner picture, ready to be put in the store's appearance by its <see cref="Url"/>.</summary>
public sealed record StoreMediaDto
{
    public Guid Id { get; init; }

    /// <summary>The site-relative public address ("/media/store-media/{tenant id}/{id}/1920.png"), for a logo or banner image URL.</summary>
    public required string Url { get; init; }

    /// <summary>The type of the file at <see cref="Url"/>: "image/jpeg" for a JPEG upload, "image/png" for any other.</summary>
    public required string ContentType { get; init; }

    /// <summary>The width of the file at <see cref="Url"/> (upright, and never wider than the upload).</summary>
    public int Width { get; init; }

    public int Height { get; init; }
}
