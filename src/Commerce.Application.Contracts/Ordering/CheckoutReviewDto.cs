namespace Commerce.Ordering;

/// <summary>The server's prices for the shopper's choices; with tax-inclusive prices the tax is part of the totals.</summary>
public sealed record CheckoutReviewDto
{
    public required string Currency { get; init; }

    public required bool PricesIncludeTax { get; init; }

    public required IReadOnlyList<PricedLineDto> Lines { get; init; }

    public required decimal Subtotal { get; init; }

    public required decimal ShippingTotal { get; init; }

    public required decimal TaxTotal { get; init; }

    public required decimal GrandTotal { get; init; }
}
