using System.Text;
using Commerce.BackgroundJobs;
using Commerce.Domain.Repositories;
using Commerce.EntityFrameworkCore.BlobStoring;
using Commerce.Inventory;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>Import and export tests: a seeded database, uploaded files in a directory of the class's own, and the job queue recorded.</summary>
public abstract class ProductTransferTestBase : CatalogTestBase
{
    protected const string Header =
        "handle,title,description,status,tags,option1_name,option1_value,option2_name,option2_value,option3_name,option3_value,sku,barcode,price,compare_at_price,weight_grams,stock";

    protected ProductTransferTestBase(TestDatabase database)
        : base(database, services =>
        {
            services.Configure<BlobStoringOptions>(o => o.FileSystem.RootPath = Path.Combine(Path.GetTempPath(), "commerce-imports-" + Guid.NewGuid().ToString("N")));
            services.AddSingleton<IBackgroundJobManager>(new RecordingBackgroundJobManager());
        })
    {
    }

    protected Task<ProductImportDto> StartAsync(CatalogTenant tenant, string csv, string fileName = "products.csv") =>
        AsOwner(tenant, (IProductTransferAppService s) => s.StartImportAsync(new StartProductImportDto { Content = Utf8(csv), FileName = fileName }, Ct));

    /// <summary>Runs the import job as Hangfire would, from a scope of its own with no tenant of the caller's.</summary>
    protected Task RunJobAsync(Guid tenantId, Guid importId) =>
        Services.InScopeAsync(sp => sp.GetRequiredService<ImportProductsJob>().ExecuteAsync(new ImportProductsArgs(tenantId, importId), Ct));

    /// <summary>Uploads the file, runs its job, and returns the import as its page would poll it at the end.</summary>
    protected async Task<ProductImportDto> ImportAsync(CatalogTenant tenant, string csv)
    {
        var import = await StartAsync(tenant, csv);
        await RunJobAsync(tenant.Tenant.Id, import.Id);
        return await AsOwner(tenant, (IProductTransferAppService s) => s.GetImportAsync(import.Id, Ct));
    }

    protected async Task<string> ExportAsync(CatalogTenant tenant)
    {
        using var output = new MemoryStream();
        await AsOwner(tenant, (IProductTransferAppService s) => s.ExportAsync(output, Ct));
        return new UTF8Encoding(false).GetString(output.ToArray()).TrimStart('\uFEFF');
    }

    protected Task<List<StockMovement>> GetMovementsAsync(CatalogTenant tenant) =>
        AsOwner(tenant, (IServiceProvider sp) => sp.GetRequiredService<IAsyncQueryExecutor>().ToListAsync(sp.GetRequiredService<IRepository<StockMovement>>().Query(), Ct));

    protected static string Csv(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
