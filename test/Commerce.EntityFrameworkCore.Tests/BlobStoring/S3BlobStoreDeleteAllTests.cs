using System.Text;
using Amazon.S3;
using Commerce.BlobStoring;
using Commerce.MultiTenancy;

namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>
/// Deleting a tenant's blobs through the AWS SDK's real requests, against a local stand-in for a bucket
/// (<see cref="S3ApiServer"/>) that pages its listings and reports undeletable keys as S3 does.
/// </summary>
public sealed class S3BlobStoreDeleteAllTests : IAsyncLifetime
{
    private const string Bucket = "commerce";

    private readonly CurrentTenant currentTenant = new();
    private readonly Guid tenantA = Guid.CreateVersion7();
    private readonly Guid tenantB = Guid.CreateVersion7();
    private S3ApiServer server = null!;
    private S3BlobStore store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await S3ApiServer.StartAsync(Bucket);
        var options = new S3BlobStoreOptions
        {
            ServiceUrl = server.BaseUrl, Region = "us-east-1", Bucket = Bucket, ForcePathStyle = true, KeyPrefix = "staging/",
        };
        store = new S3BlobStore(new AmazonS3Client("key", "secret", S3BlobStore.CreateConfig(options)), options, currentTenant);
    }

    [Fact]
    public async Task A_tenant_s_keys_are_listed_by_its_prefix_page_by_page_and_deleted_at_most_1000_per_request()
    {
        var others = GivenOtherOwnersKeys();
        var tenantKeys = GivenKeys(tenantA, 2501);
        using (currentTenant.Change(tenantA))
            await SaveAsync(new BlobName("product-images", "p/i/original"));

        using (currentTenant.Change(tenantA))
            await store.DeleteAllAsync(Ct);

        server.Keys.ShouldBe(others);
        var lists = server.Requests.Where(r => r.Operation == "ListObjectsV2").ToList();
        lists.ShouldAllBe(r => r.Prefix == $"staging/tenants/{tenantA:D}/");
        lists.Select(r => r.KeyCount).ShouldBe([1000, 1000, 502]);
        server.Requests.Where(r => r.Operation == "DeleteObjects").Select(r => r.KeyCount).Sum().ShouldBe(tenantKeys.Count + 1);
        server.Requests.Where(r => r.Operation == "DeleteObjects").ShouldAllBe(r => r.KeyCount <= 1000);
    }

    [Fact]
    public async Task A_page_longer_than_1000_keys_is_deleted_in_requests_of_1000()
    {
        server.PageSize = 2500;
        GivenKeys(tenantA, 2600);

        using (currentTenant.Change(tenantA))
            await store.DeleteAllAsync(Ct);

        server.Keys.ShouldBeEmpty();
        server.Requests.Where(r => r.Operation == "DeleteObjects").Select(r => r.KeyCount).ShouldBe([1000, 1000, 500, 100]);
    }

    [Fact]
    public async Task A_key_the_server_does_not_delete_fails_the_call_and_a_second_call_deletes_what_is_left()
    {
        var keys = GivenKeys(tenantA, 1500);
        server.Undeletable[keys[10]] = true;

        using (currentTenant.Change(tenantA))
        {
            await Should.ThrowAsync<DeleteObjectsException>(() => store.DeleteAllAsync(Ct));
            server.Keys.ShouldContain(keys[10]);

            server.Undeletable.Clear();
            await store.DeleteAllAsync(Ct);
        }

        server.Keys.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_tenant_without_keys_is_listed_once_and_nothing_is_deleted()
    {
        var others = GivenOtherOwnersKeys();

        using (currentTenant.Change(tenantA))
            await store.DeleteAllAsync(Ct);

        server.Requests.Select(r => r.Operation).ShouldBe(["ListObjectsV2"]);
        server.Keys.ShouldBe(others);
    }

    [Fact]
    public async Task Deleting_all_blobs_without_a_tenant_is_refused_before_any_request()
    {
        var others = GivenOtherOwnersKeys();

        await Should.ThrowAsync<InvalidOperationException>(() => store.DeleteAllAsync(Ct));

        server.Requests.ShouldBeEmpty();
        server.Keys.ShouldBe(others);
    }

    public async ValueTask DisposeAsync()
    {
        store.Dispose();
        await server.DisposeAsync();
    }

    /// <summary>Keys of tenant B, of the host, and of tenant A in another deployment sharing the bucket.</summary>
    private List<string> GivenOtherOwnersKeys()
    {
        List<string> keys =
        [
            $"staging/tenants/{tenantB:D}/product-images/p/i/original",
            "staging/host/product-images/p/i/original",
            $"production/tenants/{tenantA:D}/product-images/p/i/original",
        ];
        keys.ForEach(server.Put);
        return [.. keys.Order(StringComparer.Ordinal)];
    }

    private List<string> GivenKeys(Guid tenantId, int count)
    {
        var keys = Enumerable.Range(0, count).Select(i => $"staging/tenants/{tenantId:D}/product-imports/{i:D5}.csv").ToList();
        keys.ForEach(server.Put);
        return keys;
    }

    private async Task SaveAsync(BlobName name)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("bytes"));
        await store.SaveAsync(name, content, Ct);
    }
}
