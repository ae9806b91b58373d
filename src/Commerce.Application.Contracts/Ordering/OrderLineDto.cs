namespace Commerce.Ordering;

public sealed record OrderLineDto
{
    public required Guid Id { get; init; }

    public required Guid ProductId { get; init; }

    public required Guid VariantId { get; init; }

    public required string ProductTitle { get; init; }

    public string? VariantTitle { get; init; }

    public string? Sku { get; init; }

    public required decimal UnitPrice { get; init; }

    public required int Quantity { get; init; }

    public required decimal Tax { get; init; }

    public required decimal LineTotal { get; init; }

    public required int ShippedQuantity { get; init; }

    public required int RefundedQuantity { get; init; }
}
