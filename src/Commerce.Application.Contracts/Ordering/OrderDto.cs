using Commerce.Payments;

namespace Commerce.Ordering;

/// <summary>An order as staff see it: the snapshot, money, shipments, payments (from Payments) and the timeline.</summary>
public sealed record OrderDto
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required Guid StoreId { get; init; }

    public required OrderStatus Status { get; init; }

    public required PaymentStatus PaymentStatus { get; init; }

    public required string Email { get; init; }

    public string? Phone { get; init; }

    public Guid? CustomerId { get; init; }

    public required AddressDto ShippingAddress { get; init; }

    public required Guid ShippingMethodId { get; init; }

    public required string ShippingMethodName { get; init; }

    public required Guid PaymentMethodId { get; init; }

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

    public required IReadOnlyList<PaymentDto> Payments { get; init; }

    public required IReadOnlyList<OrderTimelineEntryDto> Timeline { get; init; }

    public required uint Version { get; init; }
}
