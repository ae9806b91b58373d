namespace Commerce.Catalog.Products;

/// <summary>
/// The one price rule, over plain values so read models that project columns apply it as the aggregate does: the
/// store's own price when it has one; else the special price while its window is open; else the regular price.
/// </summary>
public static class VariantPricing
{
    public static decimal Effective(
        decimal price, decimal? specialPrice, DateTimeOffset? specialStart, DateTimeOffset? specialEnd, decimal? storePrice, DateTimeOffset at)
    {
        if (storePrice is { } own)
            return own;
        var open = (specialStart is null || specialStart <= at) && (specialEnd is null || at < specialEnd);
        return specialPrice is { } special && open ? special : price;
    }
}
