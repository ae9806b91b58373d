namespace Commerce.Payments;

/// <summary>A payment of an order as staff see it, with its running totals and every transaction.</summary>
public sealed record PaymentDto
{
    public required Guid Id { get; init; }

    public required Guid OrderId { get; init; }

    public required Guid PaymentMethodId { get; init; }

    public required string Provider { get; init; }

    public required string MethodName { get; init; }

    public required PaymentStatus Status { get; init; }

    public required string Currency { get; init; }

    public required decimal Amount { get; init; }

    public required decimal AuthorizedAmount { get; init; }

    public required decimal CapturedAmount { get; init; }

    public required decimal RefundedAmount { get; init; }

    /// <summary>The provider's id for the payment (a PaymentIntent id for Stripe).</summary>
    public string? ProviderReference { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyList<PaymentTransactionDto> Transactions { get; init; }
}
