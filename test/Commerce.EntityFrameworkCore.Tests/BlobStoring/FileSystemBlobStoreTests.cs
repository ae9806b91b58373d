using System.Text;
using Commerce.BlobStoring;
using Commerce.MultiTenancy;

namespace Commerce.EntityFrameworkCore.BlobStoring;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "commerce-blobs-" + Guid.NewGuid().ToString("N"));
    private readonly CurrentTenant currentTenant = new();
    private readonly FileSystemBlobStore store;

    public FileSystemBlobStoreTests()
    {
        store = new FileSystemBlobStore(root, currentTenant);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_saved_blob_reads_back_and_a_second_save_replaces_it()
    {
        var name = new BlobName("product-images", "p1/i1/original");
        using var tenant = currentTenant.Change(Guid.CreateVersion7());

        await SaveAsync(name, "first");
        await SaveAsync(name, "second");

        (await ReadAsync(name)).ShouldBe("second");
        (await store.ExistsAsync(name, Ct)).ShouldBeTrue();
        Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_deleted_or_never_saved_blob_is_not_there_and_deleting_it_again_is_no_error()
    {
        var name = new BlobName("product-images", "p1/i1/original");
        using var tenant = currentTenant.Change(Guid.CreateVersion7());
        await SaveAsync(name, "bytes");

        await store.DeleteAsync(name, Ct);
        await store.DeleteAsync(name, Ct);

        (await store.ExistsAsync(name, Ct)).ShouldBeFalse();
        (await store.OpenReadAsync(name, Ct)).ShouldBeNull();
        (await store.OpenReadAsync(new BlobName("other", "never/saved"), Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task The_same_name_as_two_tenants_is_two_blobs_kept_under_each_tenant_s_prefix()
    {
        var name = new BlobName("product-images", "shared/name");
        var tenantA = Guid.CreateVersion7();
        var tenantB = Guid.CreateVersion7();
        using (currentTenant.Change(tenantA))
            await SaveAsync(name, "A's");

        using (currentTenant.Change(tenantB))
        {
            (await store.OpenReadAsync(name, Ct)).ShouldBeNull();
            await SaveAsync(name, "B's");
        }

        using (currentTenant.Change(tenantA))
            (await ReadAsync(name)).ShouldBe("A's");
        File.Exists(Path.Combine(root, "tenants", tenantB.ToString("D"), "product-images", "shared", "name")).ShouldBeTrue();
    }

    [Fact]
    public async Task Deleting_all_of_a_tenant_s_blobs_leaves_another_tenant_s_and_the_host_s_and_a_second_run_is_no_error()
    {
        var (tenantA, tenantB) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var image = new BlobName("product-images", "p1/i1/original");
        var import = new BlobName("product-imports", "i1.csv");
        using (currentTenant.Change(tenantA))
        {
            await SaveAsync(image, "A's image");
            await SaveAsync(import, "A's import");
        }

        using (currentTenant.Change(tenantB))
            await SaveAsync(image, "B's image");
        await SaveAsync(image, "host's image");

        using (currentTenant.Change(tenantA))
        {
            await store.DeleteAllAsync(Ct);
            await store.DeleteAllAsync(Ct);
            (await store.ExistsAsync(image, Ct)).ShouldBeFalse();
            (await store.ExistsAsync(import, Ct)).ShouldBeFalse();
        }

        Directory.Exists(Path.Combine(root, "tenants", tenantA.ToString("D"))).ShouldBeFalse();
        using (currentTenant.Change(tenantB))
            (await ReadAsync(image)).ShouldBe("B's image");
        (await ReadAsync(image)).ShouldBe("host's image");
    }

    [Fact]
    public async Task Deleting_all_blobs_without_a_tenant_is_refused_and_deletes_nothing()
    {
        var name = new BlobName("product-images", "p1/i1/original");
        await SaveAsync(name, "host's image");
        using (currentTenant.Change(Guid.CreateVersion7()))
            await SaveAsync(name, "a tenant's image");

        await Should.ThrowAsync<InvalidOperationException>(() => store.DeleteAllAsync(Ct));

        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Deleting_all_blobs_of_a_tenant_that_never_stored_one_is_no_error()
    {
        using var tenant = currentTenant.Change(Guid.CreateVersion7());

        await store.DeleteAllAsync(Ct);

        Directory.Exists(root).ShouldBeFalse();
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
    }

    private async Task SaveAsync(BlobName name, string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await store.SaveAsync(name, content, Ct);
    }

    private async Task<string> ReadAsync(BlobName name)
    {
        await using var stream = (await store.OpenReadAsync(name, Ct))!;
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(Ct);
    }
}
