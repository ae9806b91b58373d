namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>The BlobStoring section: the provider, and the settings of each provider.</summary>
public sealed class BlobStoringOptions
{
    public const string SectionName = "BlobStoring";

    public BlobStoreProvider Provider { get; set; } = BlobStoreProvider.FileSystem;

    public FileSystemBlobStoreOptions FileSystem { get; set; } = new();

    public S3BlobStoreOptions S3 { get; set; } = new();
}
