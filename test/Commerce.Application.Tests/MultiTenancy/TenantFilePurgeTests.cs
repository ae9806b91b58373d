using System.Text;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.ProductTransfers;
using Commerce.Identity;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.MultiTenancy;

/// <summary>The purge of a deleted tenant takes its files too: uploaded images, their thumbnails, uploaded imports.</summary>
public sealed class TenantFilePurgeTests(TestDatabase database) : ProductImageTestBase(database, OutageBlobStore.Register)
{
    private const string ImportCsv =
        "handle,title,description,status,tags,option1_name,option1_value,option2_name,option2_value,option3_name,option3_value,sku,barcode,price,compare_at_price,weight_grams,stock\r\n"
        + "one,One,,,,,,,,,,,,1,,,\r\n";

    [Fact]
    public async Task Purging_a_deleted_tenant_deletes_its_images_thumbnails_and_imports_and_leaves_another_tenant_s_files()
    {
        var (tenant, owner) = await CreateTenantAsync();
        await UploadWithThumbnailsAsync(tenant, owner);
        await Services.AsMemberAsync(tenant, owner.Id, [CommerceRoleNames.Owner], (IProductTransferAppService s) =>
            s.StartImportAsync(new StartProductImportDto { Content = new MemoryStream(Encoding.UTF8.GetBytes(ImportCsv)), FileName = "products.csv" }, Ct));
        var (other, otherOwner) = await CreateTenantAsync();
        await UploadWithThumbnailsAsync(other, otherOwner);
        var othersFiles = FilesOf(other.Id);
        FilesOf(tenant.Id).Length.ShouldBe(1 + ProductImageConsts.ThumbnailSizes.Count + 1);

        await DeleteAsync(tenant.Id);
        Services.Clock.Advance(TimeSpan.FromDays(31));
        await PurgeAsync();

        Directory.Exists(TenantDirectory(tenant.Id)).ShouldBeFalse();
        FilesOf(other.Id).ShouldBe(othersFiles);
        (await CountAsync($"SELECT count(*) FROM multi_tenancy.tenants WHERE id = '{tenant.Id}'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_purge_whose_files_could_not_be_deleted_keeps_the_tenant_and_the_next_run_finishes_it()
    {
        var (tenant, owner) = await CreateTenantAsync();
        await UploadWithThumbnailsAsync(tenant, owner);
        await DeleteAsync(tenant.Id);
        Services.Clock.Advance(TimeSpan.FromDays(31));
        var store = Services.Services.GetRequiredService<OutageBlobStore>();

        store.DeleteAllFails = true;
        await Should.ThrowAsync<IOException>(PurgeAsync);
        (await CountAsync($"SELECT count(*) FROM catalog.product_images WHERE tenant_id = '{tenant.Id}'")).ShouldBe(0);
        FilesOf(tenant.Id).ShouldNotBeEmpty();
        (await CountAsync($"SELECT count(*) FROM multi_tenancy.tenants WHERE id = '{tenant.Id}'")).ShouldBe(1);

        store.DeleteAllFails = false;
        await PurgeAsync();
        Directory.Exists(TenantDirectory(tenant.Id)).ShouldBeFalse();
        (await CountAsync($"SELECT count(*) FROM multi_tenancy.tenants WHERE id = '{tenant.Id}'")).ShouldBe(0);
    }

    private async Task UploadWithThumbnailsAsync(TenantDto tenant, CommerceUser owner)
    {
        var image = await UploadAsync(tenant, owner, TestImages.Png(1200, 800));
        await RunThumbnailJobAsync(tenant.Id, image.Id);
    }

    private async Task DeleteAsync(Guid tenantId)
    {
        using var admin = Services.AsHostAdmin();
        await Services.InScopeAsync(sp => sp.GetRequiredService<ITenantAppService>().DeleteAsync(tenantId, Ct));
    }

    private Task PurgeAsync() =>
        Services.InScopeAsync(sp => sp.GetRequiredService<PurgeDeletedTenantsJob>().ExecuteAsync(new PurgeDeletedTenantsArgs(), Ct));

    private string TenantDirectory(Guid tenantId) => Path.Combine(BlobRoot, "tenants", tenantId.ToString("D"));

    private string[] FilesOf(Guid tenantId) =>
        Directory.Exists(TenantDirectory(tenantId)) ? [.. Directory.GetFiles(TenantDirectory(tenantId), "*", SearchOption.AllDirectories).Order()] : [];

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.OwnerConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
