namespace Commerce.Stores.Media;

/// <summary>An uploaded file: only its content counts; its name and claimed type are not trusted.</summary>
public sealed record UploadStoreMediaDto
{
    public required Stream Content { get; init; }
}
