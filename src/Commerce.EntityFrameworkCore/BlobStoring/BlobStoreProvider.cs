namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>Where blobs are kept (BlobStoring:Provider).</summary>
public enum BlobStoreProvider
{
    /// <summary>A directory of this machine: one host, or several sharing a mounted volume.</summary>
    FileSystem,

    /// <summary>An S3-compatible object store: AWS S3, MinIO, Cloudflare R2 and the like.</summary>
    S3,
}
