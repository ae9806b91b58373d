namespace Commerce.EntityFrameworkCore.BlobStoring;

public sealed class FileSystemBlobStoreOptions
{
    /// <summary>The directory blobs are kept under; a relative path is taken from the host's content root.</summary>
    public string RootPath { get; set; } = Path.Combine(".data", "blobs");
}
