using Amazon.S3;
using Commerce.BlobStoring;
using Commerce.MultiTenancy;

namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>
/// What can be checked without an S3 server, which this build has none of: the key layout and the client's
/// settings. Saving and reading against a real bucket is left to a deployment's smoke test (etc/deploy/blob-storage.md).
/// </summary>
public sealed class S3BlobStoreTests
{
    private readonly CurrentTenant currentTenant = new();

    [Fact]
    public void A_key_is_the_deployment_prefix_then_the_tenant_s_prefix_the_container_and_the_path()
    {
        var tenant = Guid.CreateVersion7();
        using var store = Store(new S3BlobStoreOptions { ServiceUrl = "http://127.0.0.1:9000", Bucket = "commerce", KeyPrefix = "staging/" });
        using var scope = currentTenant.Change(tenant);

        store.KeyOf(new BlobName("product-images", "p/i/original")).ShouldBe($"staging/tenants/{tenant:D}/product-images/p/i/original");
    }

    [Fact]
    public void Without_a_prefix_the_key_starts_with_the_tenant_or_host()
    {
        using var store = Store(new S3BlobStoreOptions { Region = "eu-central-1", Bucket = "commerce" });

        store.KeyOf(new BlobName("exports", "a.csv")).ShouldBe("host/exports/a.csv");
    }

    [Fact]
    public void A_compatible_server_is_addressed_by_its_url_path_style_signing_with_the_given_region()
    {
        var config = S3BlobStore.CreateConfig(new S3BlobStoreOptions
        {
            ServiceUrl = "http://127.0.0.1:9000", Region = "us-east-1", Bucket = "commerce", ForcePathStyle = true,
        });

        config.ServiceURL.ShouldStartWith("http://127.0.0.1:9000");
        config.ForcePathStyle.ShouldBe(true);
        config.AuthenticationRegion.ShouldBe("us-east-1");
    }

    [Fact]
    public void AWS_is_addressed_by_its_region()
    {
        var config = S3BlobStore.CreateConfig(new S3BlobStoreOptions { Region = "eu-central-1", Bucket = "commerce" });

        config.RegionEndpoint.SystemName.ShouldBe("eu-central-1");
        config.ForcePathStyle.ShouldBe(false);
    }

    private S3BlobStore Store(S3BlobStoreOptions options) =>
        new(new AmazonS3Client("key", "secret", S3BlobStore.CreateConfig(options)), options, currentTenant);
}
