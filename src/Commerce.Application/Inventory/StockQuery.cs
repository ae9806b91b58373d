using Commerce.Catalog.Products;

namespace Commerce.Inventory;

/// <summary>
/// The inventory list's read model: every live variant of the tenant's products, left-joined with its stock item,
/// so variants never stocked appear at zero. It reads Catalog's products through their repository (read only).
/// </summary>
internal static class StockQuery
{
    public static IQueryable<StockRow> Rows(IProductRepository products, IStockItemRepository items) =>
        from variant in products.Query().SelectMany(p => p.Variants, (p, v) => new { p.Title, Variant = v })
        join stock in items.Query() on variant.Variant.Id equals stock.VariantId into stocks
        from stock in stocks.DefaultIfEmpty()
        select new StockRow
        {
            VariantId = variant.Variant.Id,
            ProductId = variant.Variant.ProductId,
            ProductTitle = variant.Title,
            Sku = variant.Variant.Sku,
            Option1 = variant.Variant.Option1,
            Option2 = variant.Variant.Option2,
            Option3 = variant.Variant.Option3,
            OnHand = stock == null ? null : stock.OnHand,
            Reserved = stock == null ? null : stock.Reserved,
            LowStockThreshold = stock == null ? null : stock.LowStockThreshold,
            IsLow = stock == null ? null : stock.IsLow,
            LastMovementTime = stock == null ? null : stock.LastMovementTime,
        };

    public static IQueryable<StockRow> Filter(IQueryable<StockRow> rows, string? text, StockState? state)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = text.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.ProductTitle.ToUpperInvariant().Contains(pattern) || (r.Sku != null && r.Sku.ToUpperInvariant().Contains(pattern)));
        }

        return state switch
        {
            StockState.InStock => rows.Where(r => r.OnHand - r.Reserved > 0),
            StockState.LowStock => rows.Where(r => r.IsLow == true),
            StockState.OutOfStock => rows.Where(r => r.OnHand == null || r.OnHand - r.Reserved <= 0),
            _ => rows,
        };
    }
}
