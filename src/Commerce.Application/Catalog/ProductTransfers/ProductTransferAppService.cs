using Commerce.Application.Dtos;
using Commerce.BackgroundJobs;
using Commerce.BlobStoring;
using Commerce.Catalog.Products;
using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.Inventory;
using Commerce.Permissions;

namespace Commerce.Catalog.ProductTransfers;

public sealed class ProductTransferAppService(
    IPermissionChecker permissions, IProductRepository products, IStockItemRepository stockItems, IRepository<ProductImport> imports,
    IBlobStore blobs, IBackgroundJobManager jobs, IGuidGenerator guids, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IProductTransferAppService
{
    private const int ExportPageSize = 200;

    /// <summary>Pages through the products by handle (keyset), so memory stays flat and the first bytes leave early.</summary>
    public async Task ExportAsync(Stream output, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Export, ct);
        await using var csv = new ProductCsvWriter(output);
        await csv.WriteHeaderAsync(ct);
        var after = string.Empty;
        List<ProductExportRow> page;
        do
        {
            page = await executor.ToListAsync(ExportPage(after), ct);
            var variantIds = page.SelectMany(p => p.Variants).Select(v => v.Id).ToList();
            var stock = (await executor.ToListAsync(stockItems.Query().Where(s => variantIds.Contains(s.VariantId)).Select(s => new { s.VariantId, s.OnHand }), ct))
                .ToDictionary(s => s.VariantId, s => s.OnHand);
            foreach (var product in page)
                await csv.WriteAsync(product, stock, ct);
            after = page.Count > 0 ? page[^1].Handle : after;
        }
        while (page.Count == ExportPageSize);
    }

    /// <summary>Nothing is stored or queued for a file that is not CSV, lacks a required column or has too many rows.</summary>
    public async Task<ProductImportDto> StartImportAsync(StartProductImportDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Import, ct);
        var content = await ProductCsvReader.ReadContentAsync(input.Content, ct);
        ProductCsvReader.Read(content);
        var import = new ProductImport(guids.Create(), input.FileName ?? string.Empty);
        using (var stream = new MemoryStream(content, writable: false))
            await blobs.SaveAsync(import.FileBlob(), stream, ct);
        await imports.AddAsync(import, ct);
        await unitOfWork.SaveChangesAsync(ct);
        jobs.Enqueue<ImportProductsJob, ImportProductsArgs>(new(import.TenantId, import.Id));
        return ProductTransferMapper.ToDto(import);
    }

    public async Task<ProductImportDto> GetImportAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Import, ct);
        return ProductTransferMapper.ToDto(await imports.GetAsync(id, ct));
    }

    public async Task<PagedResultDto<ProductImportListItemDto>> GetImportListAsync(GetProductImportListInput input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Import, ct);
        var query = imports.Query();
        var total = await executor.CountAsync(query, ct);
        var page = query.OrderByDescending(i => i.CreationTime).ThenByDescending(i => i.Id).Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<ProductImportListItemDto> { TotalCount = total, Items = await executor.ToListAsync(ProductTransferMapper.ProjectToListItem(page), ct) };
    }

    private IQueryable<ProductExportRow> ExportPage(string after) =>
        products.Query()
            .Where(p => p.Handle.CompareTo(after) > 0)
            .OrderBy(p => p.Handle)
            .Take(ExportPageSize)
            .Select(p => new ProductExportRow(
                p.Handle, p.Title, p.Description, p.Status, p.Tags, p.Options,
                p.Variants.Select(v => new ProductExportVariant(v.Id, v.Position, v.Option1, v.Option2, v.Option3, v.Sku, v.Barcode, v.Price, v.CompareAtPrice, v.WeightGrams)).ToList()));
}
