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

    public void Dispose() => client.Dispose();

    /// <summary>The object key: the deployment's prefix, then the tenant's, the container and the path.</summary>
    internal string KeyOf(BlobName name) =>
        string.IsNullOrEmpty(options.KeyPrefix)
            ? name.ToKey(currentTenant.Id)
            : $"{options.KeyPrefix.TrimEnd('/')}/{name.ToKey(currentTenant.Id)}";

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
