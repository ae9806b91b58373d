namespace Commerce.Ordering.Pricing;

/// <summary>
/// An order's money: the sum of the line totals, shipping, the tax of both, and what the customer pays. With
/// tax-inclusive prices the tax is contained in the subtotal and shipping; otherwise it is added to them.
/// </summary>
public sealed record OrderPrice
{
    public required string Currency { get; init; }

    public required bool PricesIncludeTax { get; init; }

    public required decimal TaxRatePercent { get; init; }

    public required IReadOnlyList<PricedLine> Lines { get; init; }

    public required decimal Subtotal { get; init; }

    public required decimal ShippingTotal { get; init; }

    public required decimal ShippingTax { get; init; }

    public required decimal TaxTotal { get; init; }

    public required decimal GrandTotal { get; init; }

    public required int WeightGrams { get; init; }
}
