using Commerce.BackgroundJobs;
using Commerce.Catalog.Products;
using Commerce.EntityFrameworkCore.BlobStoring;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.ProductImages;

/// <summary>Product image tests: a seeded database, blobs in a directory of the class's own, and the job queue recorded.</summary>
public abstract class ProductImageTestBase : IClassFixture<TestDatabase>, IAsyncLifetime
{
    protected ProductImageTestBase(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        Database = database;
        Services = new CommerceTestServices(database, services =>
        {
            services.Configure<BlobStoringOptions>(o => o.FileSystem.RootPath = BlobRoot);
            services.AddSingleton<IBackgroundJobManager>(Jobs);
            configure?.Invoke(services);
        });
    }

    protected TestDatabase Database { get; }

    protected string BlobRoot { get; } = Path.Combine(Path.GetTempPath(), "commerce-blobs-" + Guid.NewGuid().ToString("N"));

    protected RecordingBackgroundJobManager Jobs { get; } = new();

    protected CommerceTestServices Services { get; }

    /// <summary>The product of the tenant made last by <see cref="CreateTenantAsync"/>, with a red and a blue variant.</summary>
    protected Guid ProductId { get; private set; }

    protected IReadOnlyList<Guid> VariantIds { get; private set; } = [];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await Services.SeedAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (Directory.Exists(BlobRoot))
            Directory.Delete(BlobRoot, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected async Task<(TenantDto Tenant, CommerceUser Owner)> CreateTenantAsync()
    {
        var (tenant, owner) = await Services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        var product = await CreateProductAsync(tenant, owner);
        (ProductId, VariantIds) = (product.Id, [.. product.Variants.Select(v => v.Id)]);
        return (tenant, owner);
    }

    protected Task<ProductDto> CreateProductAsync(TenantDto tenant, CommerceUser owner) =>
        Services.AsMemberAsync(tenant, owner.Id, [CommerceRoleNames.Owner], (IProductAppService s) => s.CreateAsync(ProductInput.WithColors("Red", "Blue"), Ct));

    protected Task<T> AsOwnerAsync<T>(TenantDto tenant, CommerceUser owner, Func<IProductImageAppService, Task<T>> action) =>
        Services.AsMemberAsync(tenant, owner.Id, [CommerceRoleNames.Owner], action);

    protected Task<ProductImageDto> UploadAsync(TenantDto tenant, CommerceUser owner, byte[] content, Guid? productId = null) =>
        AsOwnerAsync(tenant, owner, s => s.UploadAsync(productId ?? ProductId, new UploadProductImageDto { Content = new MemoryStream(content) }, Ct));

    protected Task<IReadOnlyList<ProductImageDto>> GetListAsync(TenantDto tenant, CommerceUser owner) =>
        AsOwnerAsync(tenant, owner, s => s.GetListAsync(ProductId, Ct));

    /// <summary>Runs the thumbnail job as Hangfire would, from a scope of its own with no tenant of the caller's.</summary>
    protected Task RunThumbnailJobAsync(Guid tenantId, Guid imageId) =>
        Services.InScopeAsync(sp => sp.GetRequiredService<GenerateProductImageThumbnailsJob>().ExecuteAsync(new(tenantId, imageId), Ct));

    protected string BlobPath(Guid tenantId, string path) =>
        Path.Combine(BlobRoot, "tenants", tenantId.ToString("D"), ProductImageConsts.BlobContainer, path);

    protected string[] BlobFiles() =>
        Directory.Exists(BlobRoot) ? Directory.GetFiles(BlobRoot, "*", SearchOption.AllDirectories) : [];
}
