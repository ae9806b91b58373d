namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>An S3-compatible bucket. AWS needs <see cref="Region"/>; MinIO, R2 and others need <see cref="ServiceUrl"/>.</summary>
public sealed class S3BlobStoreOptions
{
    /// <summary>The endpoint of an S3-compatible server ("https://{account}.r2.cloudflarestorage.com", "http://minio:9000"); empty for AWS.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The AWS region ("eu-central-1"), or the region a compatible server signs with ("auto" for R2, "us-east-1" for MinIO).</summary>
    public string? Region { get; set; }

    public string Bucket { get; set; } = string.Empty;

    /// <summary>With <see cref="SecretKey"/>; both empty takes the credentials from the environment (instance role, AWS_* variables).</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Addresses the bucket in the path (http://host/bucket/key), as MinIO needs, rather than in the host name.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>Keys start with this folder ("commerce/"), so one bucket can hold several deployments' blobs.</summary>
    public string? KeyPrefix { get; set; }
}
