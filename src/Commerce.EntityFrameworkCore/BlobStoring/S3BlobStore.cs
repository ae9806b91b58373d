using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Commerce.BlobStoring;
using Commerce.MultiTenancy;

namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>Blobs as objects of one S3-compatible bucket, at the key prefix, then the blob's key (<see cref="BlobName.ToKey"/>).</summary>
internal sealed class S3BlobStore(IAmazonS3 client, S3BlobStoreOptions options, ICurrentTenant currentTenant) : IBlobStore, IDisposable
{
    /// <summary>The most keys one DeleteObjects request may name.</summary>
    internal const int MaxKeysPerDelete = 1000;

    public async Task SaveAsync(BlobName name, Stream content, CancellationToken ct) =>
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = options.Bucket,
            Key = KeyOf(name),
            InputStream = content,
            AutoCloseStream = false,

            // The body's hash in the signature rather than aws-chunked streaming: every S3-compatible server takes it.
            UseChunkEncoding = false,
        }, ct);

    public async Task<Stream?> OpenReadAsync(BlobName name, CancellationToken ct)
    {
        try
        {
            var response = await client.GetObjectAsync(options.Bucket, KeyOf(name), ct);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(BlobName name, CancellationToken ct)
    {
        try
        {
            await client.GetObjectMetadataAsync(options.Bucket, KeyOf(name), ct);
            return true;
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task DeleteAsync(BlobName name, CancellationToken ct) =>
        await client.DeleteObjectAsync(options.Bucket, KeyOf(name), ct);

    /// <summary>
    /// Lists the tenant's keys a page at a time and deletes each page in requests of at most
    /// <see cref="MaxKeysPerDelete"/> keys (one request for S3's own pages of 1000). A key the server could not delete fails the call (DeleteObjectsException),
    /// and a second call deletes what is left.
    /// </summary>
    public async Task DeleteAllAsync(CancellationToken ct)
    {
        var list = new ListObjectsV2Request { BucketName = options.Bucket, Prefix = TenantPrefix() };
        ListObjectsV2Response page;
        do
        {
            page = await client.ListObjectsV2Async(list, ct);
            foreach (var batch in (page.S3Objects ?? []).Chunk(MaxKeysPerDelete))
            {
                await client.DeleteObjectsAsync(new DeleteObjectsRequest
                {
                    BucketName = options.Bucket,
                    Objects = [.. batch.Select(o => new KeyVersion { Key = o.Key })],
                    Quiet = true,
                }, ct);
            }

            list.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
    }

    public void Dispose() => client.Dispose();

    /// <summary>The object key: the deployment's prefix, then the tenant's, the container and the path.</summary>
    internal string KeyOf(BlobName name) => Prefixed(name.ToKey(currentTenant.Id));

    /// <summary>The start of every key of the current tenant's blobs; there is none for the host.</summary>
    internal string TenantPrefix() =>
        Prefixed(BlobName.TenantPrefix(currentTenant.Id
            ?? throw new InvalidOperationException("Deleting every blob needs a current tenant: the host's blobs, and every tenant's, are never deleted at once.")));

    private string Prefixed(string key) =>
        string.IsNullOrEmpty(options.KeyPrefix) ? key : $"{options.KeyPrefix.TrimEnd('/')}/{key}";

    internal static AmazonS3Client CreateClient(S3BlobStoreOptions options)
    {
        var config = CreateConfig(options);
        return string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    internal static AmazonS3Config CreateConfig(S3BlobStoreOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,

            // Checksums only where S3 requires them: several compatible servers refuse the newer default headers.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.ServiceUrl;
            if (!string.IsNullOrWhiteSpace(options.Region))
                config.AuthenticationRegion = options.Region;
        }

        return config;
    }
}
