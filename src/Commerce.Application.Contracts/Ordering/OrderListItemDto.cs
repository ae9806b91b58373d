using Commerce.Payments;

namespace Commerce.Ordering;

public sealed record OrderListItemDto
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required Guid StoreId { get; init; }

    public required OrderStatus Status { get; init; }

    public required PaymentStatus PaymentStatus { get; init; }

    public required string Email { get; init; }

    public required string CustomerName { get; init; }

    public required decimal GrandTotal { get; init; }

    public required string Currency { get; init; }

    public required int ItemCount { get; init; }

    public required DateTimeOffset PlacedAt { get; init; }
}
