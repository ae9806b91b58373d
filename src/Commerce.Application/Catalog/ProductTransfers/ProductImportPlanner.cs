using Commerce.Catalog.Products;
using Commerce.Domain.Repositories;
using Commerce.Features;
using C = Commerce.Catalog.ProductTransfers.ProductCsvColumns;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// Judges a whole file against the catalog before anything is written: every row's own errors, then the products
/// its handles name (their options), the SKUs other products have, and the plan's product limit for the new ones.
/// </summary>
public sealed class ProductImportPlanner(IProductRepository products, IFeatureChecker features, IAsyncQueryExecutor executor)
{
    internal async Task<List<ProductImportItem>> PlanAsync(IReadOnlyList<ProductCsvRow> rows, ProductImportErrorList errors, CancellationToken ct)
    {
        var items = ProductCsvParser.Parse(rows, errors);
        var handles = items.ConvertAll(i => i.Handle);
        var existing = (await executor.ToListAsync(
                products.Query().Where(p => handles.Contains(p.Handle)).Select(p => new ExistingProductRow(p.Id, p.Handle, p.Options)), ct))
            .ToDictionary(p => p.Handle, StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (existing.TryGetValue(item.Handle, out var product))
            {
                item.ExistingId = product.Id;
                CheckOptions(item, product, errors);
            }
            else if (item.Title is null)
            {
                errors.Missing(item.FirstRow, C.Title);
            }
        }

        await CheckSkusAsync(items, errors, ct);
        await CheckLimitAsync(items, errors, ct);
        return items;
    }

    /// <summary>A product that has options keeps their names: the file may add values, not rename or drop options.</summary>
    private static void CheckOptions(ProductImportItem item, ExistingProductRow product, ProductImportErrorList errors)
    {
        if (product.Options.Count > 0 && !item.Options.Select(o => o.Name).SequenceEqual(product.Options.Select(o => o.Name), StringComparer.OrdinalIgnoreCase))
            errors.Add(item.FirstRow, C.OptionName(1), CommerceErrorCodes.ProductTransfers.OptionsMismatch, "handle", item.Handle);
    }

    private async Task CheckSkusAsync(List<ProductImportItem> items, ProductImportErrorList errors, CancellationToken ct)
    {
        var skus = items.SelectMany(i => i.Variants).Select(v => v.Sku).OfType<string>().ToList();
        if (skus.Count == 0)
            return;
        var taken = await executor.ToListAsync(
            products.Query().SelectMany(p => p.Variants.Where(v => v.Sku != null && skus.Contains(v.Sku)).Select(v => new { p.Handle, v.Sku })), ct);
        var owners = taken.ToDictionary(t => t.Sku!, t => t.Handle, StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var variant in item.Variants.Where(v => v.Sku is not null && owners.TryGetValue(v.Sku, out var owner) && owner != item.Handle))
                errors.Add(variant.Row, C.Sku, CommerceErrorCodes.Catalog.DuplicateSku, "sku", variant.Sku);
        }
    }

    /// <summary>A friendly count; the writer counts again under the creation lock, where the limit is exact.</summary>
    private async Task CheckLimitAsync(List<ProductImportItem> items, ProductImportErrorList errors, CancellationToken ct)
    {
        var added = items.Where(i => i.ExistingId is null).ToList();
        if (added.Count == 0)
            return;
        var limit = await features.GetNumberAsync(CommerceFeatures.Catalog.MaxProductCount, ct);
        var room = Math.Max(0, limit - await products.CountAsync(ct));
        if (added.Count > room)
            errors.Add(added[room].FirstRow, C.Handle, CommerceErrorCodes.Catalog.ProductLimitReached, "limit", limit);
    }
}
