using System.Text;
using Commerce.Domain.Repositories;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.ProductTransfers;

public sealed class ProductImportProgressTests(TestDatabase database) : ProductTransferTestBase(database)
{
    [Fact]
    public async Task Progress_saved_while_the_imports_transaction_is_open_is_visible_to_the_polling_call()
    {
        var tenant = await CreateTenantAsync();
        var import = await StartAsync(tenant, Csv("mug,Mug,,,,,,,,,,,,9,,,"));

        var seen = await AsOwner(tenant, async (IServiceProvider sp) =>
        {
            await using var transaction = await sp.GetRequiredService<IUnitOfWork>().BeginTransactionAsync(Ct);
            var tracker = sp.GetRequiredService<ProductImportTracker>();
            await tracker.UpdateAsync(import.Id, i => i.Start(400, Services.Clock.GetUtcNow()), Ct);
            await tracker.UpdateAsync(import.Id, i => i.ReportProgress(250), Ct);
            return await AsOwner(tenant, (IProductTransferAppService s) => s.GetImportAsync(import.Id, Ct));
        });

        (seen.Status, seen.ProcessedRows, seen.TotalRows).ShouldBe((ProductImportStatus.Running, 250, 400));
    }

    [Fact]
    public async Task A_file_of_several_hundred_rows_ends_with_every_row_processed()
    {
        var tenant = await CreateTenantAsync();
        var rows = Enumerable.Range(0, 300).Select(i => $"p{i / 100},Product {i / 100},,,,Size,S{i % 100},,,,,SKU-{i},,{i}.5,,,{i % 7}");

        var import = await ImportAsync(tenant, Csv([.. rows]));

        (import.Status, import.CreatedProducts, import.ProcessedRows, import.TotalRows).ShouldBe((ProductImportStatus.Succeeded, 3, 300, 300));
        (await ExportAsync(tenant)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(301);
    }

    [Fact]
    public async Task A_job_run_again_after_its_import_ended_changes_nothing()
    {
        var tenant = await CreateTenantAsync();
        var import = await StartAsync(tenant, Csv("mug,Mug,,,,,,,,,,MUG-1,,9,,,3"));
        await RunJobAsync(tenant.Tenant.Id, import.Id);
        var before = await ExportAsync(tenant);

        await RunJobAsync(tenant.Tenant.Id, import.Id);

        (await ExportAsync(tenant)).ShouldBe(before);
        (await GetMovementsAsync(tenant)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_file_with_a_byte_order_mark_and_quoted_commas_quotes_and_line_breaks_imports()
    {
        var tenant = await CreateTenantAsync();
        var csv = "\uFEFF" + Csv("mug,\"Mug, blue\",\"<p>Line one</p>\r\n<p>Line \"\"two\"\"</p>\",,,,,,,,,,,9,,,");

        var import = await ImportAsync(tenant, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(csv)));

        import.Status.ShouldBe(ProductImportStatus.Succeeded);
        // The sanitizer keeps the markup and the quotes; it writes the line break as \n.
        (await ExportAsync(tenant)).ShouldContain("mug,\"Mug, blue\",\"<p>Line one</p>\n<p>Line \"\"two\"\"</p>\",draft,");
    }
}
