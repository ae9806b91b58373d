using Commerce.EntityFrameworkCore.BlobStoring;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.Products;
using Commerce.Data;
using Commerce.Domain.Repositories;
using Commerce.Inventory;
using Commerce.MultiTenancy;
using Commerce.Stores;
using Commerce.TestBase;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.DemoCatalog;

public sealed class DemoCatalogSeedTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly string blobRoot = Path.Combine(Path.GetTempPath(), "commerce-demo-blobs-" + Guid.NewGuid().ToString("N"));
    private CommerceTestServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = new CommerceTestServices(database, s => s.Configure<BlobStoringOptions>(o => o.FileSystem.RootPath = blobRoot));
        await SeedAsync();
    }

    [Fact]
    public async Task The_demo_merchant_gets_a_real_shop_of_two_hundred_active_products_with_photos_stock_and_banners_once()
    {
        await SeedAsync();

        var demo = await services.InScopeAsync(sp => sp.GetRequiredService<ITenantRepository>().FindBySlugAsync(DemoTenantDataSeedContributor.DemoSlug, Ct));
        using var scope = services.AsTenant(demo!.Id);
        await services.InScopeAsync(async sp =>
        {
            var executor = sp.GetRequiredService<IAsyncQueryExecutor>();
            var products = sp.GetRequiredService<IProductRepository>().Query();
            (await executor.CountAsync(products, Ct)).ShouldBeGreaterThanOrEqualTo(200);
            (await executor.CountAsync(products.Where(p => p.Status != ProductStatus.Active), Ct)).ShouldBe(0);
            (await executor.CountAsync(products.SelectMany(p => p.Variants), Ct)).ShouldBeGreaterThan(1000);
            (await executor.CountAsync(products.Where(p => p.Categories.Count == 0), Ct)).ShouldBe(0);
            var pictures = sp.GetRequiredService<IProductImageRepository>().Query();
            (await executor.CountAsync(pictures.Where(i => i.ThumbnailState == ProductImageThumbnailState.Ready), Ct)).ShouldBe(await executor.CountAsync(products, Ct));
            var stock = sp.GetRequiredService<IStockItemRepository>().Query();
            (await executor.CountAsync(stock.Where(s => s.OnHand > 0), Ct)).ShouldBeGreaterThan(1000);
            (await executor.AnyAsync(stock.Where(s => s.IsLow), Ct)).ShouldBeTrue();
            var main = await executor.FirstOrDefaultAsync(sp.GetRequiredService<IStoreRepository>().Query().Where(s => s.Slug == DemoStoreDataSeedContributor.MainSlug), Ct);
            main!.Theme.Banners.Count.ShouldBe(3);
            return true;
        });
        Directory.GetFiles(blobRoot, "*", SearchOption.AllDirectories).Length.ShouldBeGreaterThan(800);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (Directory.Exists(blobRoot))
            Directory.Delete(blobRoot, recursive: true);
    }

    private Task SeedAsync() =>
        services.InScopeAsync(sp => sp.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(null, IncludeDemoData: true, IncludeDemoCatalog: true), Ct));
}
