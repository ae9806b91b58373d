using Commerce.Payments;

namespace Commerce.Ordering;

/// <summary>An order as its customer sees it: no internal notes, no staff names.</summary>
public sealed record CustomerOrderDto
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required Guid StoreId { get; init; }

    public required OrderStatus Status { get; init; }

    public required PaymentStatus PaymentStatus { get; init; }

    public required string Email { get; init; }

    public required AddressDto ShippingAddress { get; init; }

    public required string ShippingMethodName { get; init; }

    public required string PaymentMethodName { get; init; }

    public required string Currency { get; init; }

    public required bool PricesIncludeTax { get; init; }

    public required decimal Subtotal { get; init; }

    public required decimal ShippingTotal { get; init; }

    public required decimal TaxTotal { get; init; }

    public required decimal GrandTotal { get; init; }

    public required decimal RefundedTotal { get; init; }

    public required DateTimeOffset PlacedAt { get; init; }

    public required IReadOnlyList<OrderLineDto> Lines { get; init; }

    public required IReadOnlyList<ShipmentDto> Shipments { get; init; }
}
