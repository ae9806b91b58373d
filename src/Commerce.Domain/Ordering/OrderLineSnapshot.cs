namespace Commerce.Ordering;

/// <summary>What checkout copies from the catalog and the pricing onto an order line.</summary>
public sealed record OrderLineSnapshot(
    Guid ProductId, Guid VariantId, string ProductTitle, string? VariantTitle, string? Sku,
    decimal UnitPrice, int Quantity, decimal Tax, decimal LineTotal);
