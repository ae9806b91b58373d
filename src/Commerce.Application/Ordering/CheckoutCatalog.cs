using Commerce.Catalog.Products;
using Commerce.Domain.Repositories;
using Commerce.Ordering.Pricing;
using Commerce.Stores;

namespace Commerce.Ordering;

/// <summary>Turns requested lines into priced items from the catalog: only active products published to the store.</summary>
internal sealed class CheckoutCatalog(IProductRepository products, IAsyncQueryExecutor executor, TimeProvider clock)
{
    /// <summary>Checks count and quantities, merges repeated variants, and refuses a variant the store does not sell.</summary>
    public async Task<IReadOnlyList<CheckoutItem>> GetItemsAsync(Store store, IReadOnlyList<CheckoutLineDto> lines, CancellationToken ct)
    {
        if (lines.Count == 0)
            throw new BusinessException(CommerceErrorCodes.Ordering.EmptyCart, BusinessErrorKind.Invalid);
        var wanted = lines.GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => (long)l.Quantity));
        if (wanted.Count > OrderingConsts.MaxLines)
            throw new BusinessException(CommerceErrorCodes.Ordering.TooManyLines, BusinessErrorKind.Invalid).WithData("max", OrderingConsts.MaxLines);
        if (lines.Any(l => l.Quantity <= 0) || wanted.Values.Any(q => q > OrderingConsts.MaxLineQuantity))
            throw new BusinessException(CommerceErrorCodes.Ordering.InvalidQuantity, BusinessErrorKind.Invalid).WithData("max", OrderingConsts.MaxLineQuantity);

        var ids = wanted.Keys.ToList();
        var found = await executor.ToListAsync(
            products.Query().Where(p => p.Status == ProductStatus.Active && p.StoreIds.Contains(store.Id) && p.Variants.Any(v => ids.Contains(v.Id))), ct);
        var now = clock.GetUtcNow();
        var items = found
            .SelectMany(p => p.Variants.Where(v => wanted.ContainsKey(v.Id)).Select(v => new CheckoutItem(
                p.Id, v.Id, p.Title, v.OptionValues.Count == 0 ? null : string.Join(" / ", v.OptionValues), v.Sku,
                v.GetEffectivePrice(store.Id, now), (int)wanted[v.Id], v.WeightGrams ?? 0)))
            .OrderBy(i => ids.IndexOf(i.VariantId))
            .ToList();
        if (items.Count != ids.Count)
            throw new BusinessException(CommerceErrorCodes.Ordering.UnknownVariant, BusinessErrorKind.Invalid)
                .WithData("variant", ids.First(id => items.TrueForAll(i => i.VariantId != id)));
        return items;
    }

    public static IReadOnlyList<OrderPriceLine> PriceLines(IReadOnlyList<CheckoutItem> items) => [.. items.Select(i => i.ToPriceLine())];
}
