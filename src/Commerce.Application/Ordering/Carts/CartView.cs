using Commerce.Catalog.Products;
using Commerce.Domain.Repositories;
using Commerce.Inventory;
using Commerce.Ordering.Pricing;
using Commerce.Stores;

namespace Commerce.Ordering.Carts;

/// <summary>Prices a cart with the one pricing calculation and flags lines that cannot be bought as they are (two queries).</summary>
internal sealed class CartView(IProductRepository products, IStockItemRepository stock, IAsyncQueryExecutor executor, TimeProvider clock)
{
    public async Task<CartDto> ToDtoAsync(Store store, Cart? cart, string? newToken, CancellationToken ct)
    {
        var ids = cart?.Lines.Select(l => l.VariantId).ToList() ?? [];
        var found = ids.Count == 0 ? [] : await executor.ToListAsync(
            products.Query().Where(p => p.Status == ProductStatus.Active && p.StoreIds.Contains(store.Id) && p.Variants.Any(v => ids.Contains(v.Id))), ct);
        var available = ids.Count == 0 ? [] : (await executor.ToListAsync(
            stock.Query().Where(i => ids.Contains(i.VariantId)).Select(i => new { i.VariantId, Available = i.OnHand - i.Reserved }), ct))
            .ToDictionary(i => i.VariantId, i => i.Available);
        var variants = found.SelectMany(p => p.Variants.Select(v => (Product: p, Variant: v))).Where(x => ids.Contains(x.Variant.Id)).ToDictionary(x => x.Variant.Id);
        var now = clock.GetUtcNow();

        var lines = (cart?.Lines ?? []).Select(l =>
        {
            var free = Math.Max(0, available.GetValueOrDefault(l.VariantId));
            var sold = variants.TryGetValue(l.VariantId, out var x);
            var warning = !sold ? CartLineWarning.NoLongerSold
                : free == 0 ? CartLineWarning.OutOfStock
                : free < l.Quantity ? CartLineWarning.NotEnoughStock
                : CartLineWarning.None;
            return (Line: l, Found: x, Sold: sold, Free: free, Warning: warning);
        }).ToList();
        var buyable = lines.Where(l => l.Warning == CartLineWarning.None).ToList();
        var price = OrderPricing.Price(store, [.. buyable.Select(l => new OrderPriceLine(l.Line.VariantId, l.Found.Variant.GetEffectivePrice(store.Id, now), l.Line.Quantity, l.Found.Variant.WeightGrams ?? 0))]);
        var priced = price.Lines.ToDictionary(p => p.VariantId);

        return new CartDto
        {
            StoreId = store.Id,
            Currency = store.Currency,
            PricesIncludeTax = price.PricesIncludeTax,
            Lines = [.. lines.Select(l => new CartLineDto
            {
                VariantId = l.Line.VariantId, Quantity = l.Line.Quantity, Available = l.Free, Warning = l.Warning,
                ProductId = l.Sold ? l.Found.Product.Id : null, ProductTitle = l.Sold ? l.Found.Product.Title : null,
                VariantTitle = l.Sold && l.Found.Variant.OptionValues.Count > 0 ? string.Join(" / ", l.Found.Variant.OptionValues) : null,
                Sku = l.Sold ? l.Found.Variant.Sku : null,
                UnitPrice = l.Sold ? CurrencyCodes.Round(l.Found.Variant.GetEffectivePrice(store.Id, now), store.Currency) : null,
                LineTotal = priced.GetValueOrDefault(l.Line.VariantId)?.LineTotal,
            })],
            ItemCount = lines.Sum(l => l.Line.Quantity),
            Subtotal = price.Subtotal,
            TaxTotal = price.TaxTotal,
            Total = price.GrandTotal,
            VisitorToken = newToken,
        };
    }
}
