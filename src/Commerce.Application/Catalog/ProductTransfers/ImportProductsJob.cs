using Commerce.BackgroundJobs;
using Commerce.BlobStoring;
using Commerce.Domain.Repositories;
using Commerce.MultiTenancy;
using Microsoft.Extensions.Logging;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// Runs an uploaded import: reads the stored file, judges every row, and writes the whole file in one transaction
/// only when no row failed. The import ends Succeeded with what it created and updated, or Failed with the full
/// report and nothing written. An import that has ended is not run again.
/// </summary>
public sealed partial class ImportProductsJob(
    IRepository<ProductImport> imports, IAsyncQueryExecutor executor, IBlobStore blobs, ProductImportPlanner planner, ProductImportWriter writer,
    ProductImportTracker tracker, ICurrentTenant currentTenant, TimeProvider clock, ILogger<ImportProductsJob> logger)
    : IBackgroundJob<ImportProductsArgs>
{
    public async Task ExecuteAsync(ImportProductsArgs args, CancellationToken ct)
    {
        using var tenant = currentTenant.Change(args.TenantId);
        var import = await executor.FirstOrDefaultAsync(imports.Query().Where(i => i.Id == args.ImportId), ct);
        if (import is null || import.Status is ProductImportStatus.Succeeded or ProductImportStatus.Failed)
            return;
        var errors = new ProductImportErrorList();
        IReadOnlyList<ProductCsvRow> rows;
        try
        {
            rows = ProductCsvReader.Read(await ReadFileAsync(import, ct));
        }
        catch (BusinessException ex)
        {
            errors.Add(0, null, ex);
            await FailAsync(args.ImportId, errors.Items, ct);
            return;
        }

        await tracker.UpdateAsync(args.ImportId, i => i.Start(rows.Count, clock.GetUtcNow()), ct);
        var items = await planner.PlanAsync(rows, errors, ct);
        if (errors.Any)
        {
            await FailAsync(args.ImportId, errors.Items, ct);
            return;
        }

        var outcome = await writer.WriteAsync(items, import.CreatorId, written => tracker.UpdateAsync(args.ImportId, i => i.ReportProgress(written), ct), ct);
        if (outcome.Error is { } error)
        {
            await FailAsync(args.ImportId, [error], ct);
            return;
        }

        await tracker.UpdateAsync(args.ImportId, i => i.Succeed(outcome.Created, outcome.Updated, clock.GetUtcNow()), ct);
        LogSucceeded(logger, args.ImportId, outcome.Created, outcome.Updated);
    }

    private async Task<byte[]> ReadFileAsync(ProductImport import, CancellationToken ct)
    {
        await using var file = await blobs.OpenReadAsync(import.FileBlob(), ct)
            ?? throw new BusinessException(CommerceErrorCodes.ProductTransfers.ImportFailed);
        return await ProductCsvReader.ReadContentAsync(file, ct);
    }

    private async Task FailAsync(Guid importId, IReadOnlyList<ProductImportError> errors, CancellationToken ct)
    {
        await tracker.UpdateAsync(importId, i => i.Fail(errors, clock.GetUtcNow()), ct);
        LogFailed(logger, importId, errors.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Product import {ImportId}: {Created} products created, {Updated} updated")]
    private static partial void LogSucceeded(ILogger logger, Guid importId, int created, int updated);

    [LoggerMessage(Level = LogLevel.Information, Message = "Product import {ImportId} failed with {ErrorCount} errors; nothing was written")]
    private static partial void LogFailed(ILogger logger, Guid importId, int errorCount);
}
