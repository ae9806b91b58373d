using Commerce.Ordering.Pricing;

namespace Commerce.Ordering;

/// <summary>A line the catalog vouches for: the variant is sold in the store, at this price now.</summary>
internal sealed record CheckoutItem(
    Guid ProductId, Guid VariantId, string ProductTitle, string? VariantTitle, string? Sku, decimal UnitPrice, int Quantity, int WeightGrams)
{
    public OrderPriceLine ToPriceLine() => new(VariantId, UnitPrice, Quantity, WeightGrams);
}
