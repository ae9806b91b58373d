namespace Commerce.Payments.TestGateway;

/// <summary>The payment an event is about, by the gateway's reference and by our payment id.</summary>
public sealed record TestGatewayEventData
{
    public required string Reference { get; init; }

    public Guid? PaymentId { get; init; }

    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    /// <summary>The refund's own reference, for payment.refunded.</summary>
    public string? RefundId { get; init; }

    public string? FailureCode { get; init; }
}
