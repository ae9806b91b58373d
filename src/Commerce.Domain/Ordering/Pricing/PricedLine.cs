namespace Commerce.Ordering.Pricing;

/// <summary>
/// A priced line in the store's currency: the line total is what the shopper sees (gross when prices include tax),
/// the tax is the part of it (inclusive) or what is added to it (exclusive), rounded once for the line.
/// </summary>
public sealed record PricedLine(Guid VariantId, decimal UnitPrice, int Quantity, decimal LineTotal, decimal Tax);
