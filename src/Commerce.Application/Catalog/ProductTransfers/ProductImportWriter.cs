using Commerce.Catalog.Products;
using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.Inventory;
using Commerce.Localization;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// Writes a judged file in one transaction, product by product through <see cref="ProductManager"/> and the
/// aggregate's own methods, then the counted stock through <see cref="InventoryManager"/>. A rule that still
/// breaks (a SKU taken meanwhile, the limit reached by a concurrent create) rolls all of it back.
/// </summary>
public sealed class ProductImportWriter(
    IProductRepository products, ProductManager productManager, InventoryManager inventory, IGuidGenerator guids, IUnitOfWork unitOfWork)
{
    internal async Task<ProductImportOutcome> WriteAsync(
        IReadOnlyList<ProductImportItem> items, Guid? userId, Func<int, Task> reportProgress, CancellationToken ct)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        if (items.Any(i => i.ExistingId is null))
            await products.LockForCreateAsync(ct);
        var stock = new List<StockChange>();
        var (created, updated, written, reported) = (0, 0, 0, 0);
        foreach (var item in items)
        {
            try
            {
                var product = item.ExistingId is { } id ? await products.GetAsync(id, ct) : await CreateAsync(item, ct);
                Apply(item, product);
                await productManager.CheckSkusAsync(product, ct);
                await unitOfWork.SaveChangesAsync(ct);
                stock.AddRange(item.Variants.Where(v => v.Stock is not null).Select(v => new StockChange(FindVariant(product, v).Id, v.Stock!.Value, StockMovementReason.Counted)));
            }
            catch (BusinessException ex)
            {
                return Failed(item.FirstRow, ex);
            }

            (created, updated) = item.ExistingId is null ? (created + 1, updated) : (created, updated + 1);
            written += item.RowCount;
            if (written - reported >= ProductImportConsts.ProgressInterval)
            {
                await reportProgress(written);
                reported = written;
            }
        }

        try
        {
            if (stock.Count > 0)
                await inventory.ChangeAsync(stock, userId, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }
        catch (BusinessException ex)
        {
            return Failed(0, ex);
        }

        await transaction.CommitAsync(ct);
        return new ProductImportOutcome(created, updated, null);
    }

    private async Task<Product> CreateAsync(ProductImportItem item, CancellationToken ct)
    {
        var first = item.Variants[0];
        var product = await productManager.CreateAsync(item.Title!, item.Handle, Details(first, null), ct);
        await products.AddAsync(product, ct);
        return product;
    }

    /// <summary>
    /// The product-level cells that are set, the options (with the file's new values added), and every row's
    /// variant: matched by option values, or added. Variants the options generate that the file does not list are
    /// dropped again; those the product had stay.
    /// </summary>
    private void Apply(ProductImportItem item, Product product)
    {
        if (item.Title is not null)
            product.Rename(item.Title);
        if (item.Description is not null)
            product.Describe(item.Description);
        if (item.Tags is not null)
            product.SetTags(item.Tags);
        if (item.Status is { } status)
            ChangeStatus(product, status);
        if (item.Options.Count > 0)
        {
            var kept = product.Options.Count == 0 ? [] : product.Variants.Select(v => v.Id).ToHashSet();
            product.SetOptions(MergeOptions(product.Options, item.Options), guids);
            var listed = item.Variants.Select(v => FindVariant(product, v).Id).ToHashSet();
            foreach (var extra in product.Variants.Where(v => !kept.Contains(v.Id) && !listed.Contains(v.Id)).ToList())
                product.RemoveVariant(extra.Id);
        }

        foreach (var row in item.Variants)
        {
            var variant = FindVariant(product, row);
            product.UpdateVariant(variant.Id, Details(row, variant));
        }
    }

    private static List<ProductOption> MergeOptions(IReadOnlyList<ProductOption> current, IReadOnlyList<ProductOption> file) =>
        current.Count == 0
            ? [.. file]
            : [.. current.Select((option, i) => new ProductOption(option.Name, [.. option.Values, .. file[i].Values.Where(v => option.Find(v) is null)]))];

    private static ProductVariant FindVariant(Product product, ProductImportVariant row) =>
        product.Variants.Single(v => v.OptionValues.SequenceEqual(row.OptionValues, StringComparer.OrdinalIgnoreCase));

    /// <summary>The row's cells; what the file has no column for (the special price) stays as the variant had it.</summary>
    private static VariantDetails Details(ProductImportVariant row, ProductVariant? variant) =>
        new(row.Sku, row.Price, row.Barcode, row.CompareAtPrice, variant?.SpecialPrice, variant?.SpecialPriceStart, variant?.SpecialPriceEnd, row.WeightGrams);

    /// <summary>Archived goes back to active through draft, the one way the product's rules allow.</summary>
    private static void ChangeStatus(Product product, ProductStatus status)
    {
        if (product.Status == status)
            return;
        if (status == ProductStatus.Active && product.Status == ProductStatus.Archived)
            product.MoveToDraft();
        switch (status)
        {
            case ProductStatus.Active:
                product.Activate();
                break;
            case ProductStatus.Archived:
                product.Archive();
                break;
            default:
                product.MoveToDraft();
                break;
        }
    }

    private static ProductImportOutcome Failed(int row, BusinessException ex) =>
        new(0, 0, new ProductImportError(row, null, ex.Code, CommerceResource.Format(ex.Code, ex.Details)));
}
