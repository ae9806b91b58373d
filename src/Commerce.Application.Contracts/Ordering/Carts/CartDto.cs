namespace Commerce.Ordering.Carts;

/// <summary>The cart priced now by the server; shipping comes at checkout. Lines with a warning are not in the totals.</summary>
public sealed record CartDto
{
    public required Guid StoreId { get; init; }

    public required string Currency { get; init; }

    public required bool PricesIncludeTax { get; init; }

    public required IReadOnlyList<CartLineDto> Lines { get; init; }

    public required int ItemCount { get; init; }

    public required decimal Subtotal { get; init; }

    public required decimal TaxTotal { get; init; }

    public required decimal Total { get; init; }

    /// <summary>Set when this call made a visitor's cart: the storefront keeps it (a cookie) and sends it back.</summary>
    public string? VisitorToken { get; init; }
}
