using Commerce.Ordering.Pricing;

namespace Commerce.Ordering;

/// <summary>Everything checkout has checked and priced for a new order.</summary>
public sealed record OrderDraft
{
    public required Guid StoreId { get; init; }

    public required string Email { get; init; }

    public string? Phone { get; init; }

    public Guid? CustomerId { get; init; }

    public required OrderAddress ShippingAddress { get; init; }

    public required Guid ShippingMethodId { get; init; }

    public required string ShippingMethodName { get; init; }

    public required Guid PaymentMethodId { get; init; }

    public required string PaymentMethodName { get; init; }

    public required string PaymentProvider { get; init; }

    public required OrderPrice Price { get; init; }

    public required IReadOnlyList<OrderLineSnapshot> Lines { get; init; }

    public required string IdempotencyKey { get; init; }

    public required string RequestHash { get; init; }
}
