namespace Commerce.Ordering.Pricing;

/// <summary>A line to price: the unit price the catalog gives now (<c>ProductVariant.GetEffectivePrice</c>), never a client's.</summary>
public sealed record OrderPriceLine(Guid VariantId, decimal UnitPrice, int Quantity, int WeightGrams);
