namespace Commerce.Payments;

/// <summary>
/// What a provider answered to a call, or reported in a webhook: the payment applies it and records it as a
/// transaction. <see cref="Status"/> is the state the provider says the payment reached.
/// </summary>
public sealed record PaymentProviderResult
{
    public required PaymentTransactionKind Kind { get; init; }

    public required bool Succeeded { get; init; }

    public required PaymentStatus Status { get; init; }

    /// <summary>The amount of this operation (authorized, captured, voided or refunded).</summary>
    public required decimal Amount { get; init; }

    /// <summary>The provider's id of the payment (a PaymentIntent id), remembered on the payment.</summary>
    public string? PaymentReference { get; init; }

    /// <summary>The provider's id of this operation (a refund id), or the payment's when the operation has none.</summary>
    public string? ProviderReference { get; init; }

    /// <summary>Set by a webhook that reports the running refunded total rather than one refund (Stripe's charge.refunded).</summary>
    public decimal? RefundedTotal { get; init; }

    public string? FailureCode { get; init; }

    public string? FailureMessage { get; init; }

    public string? NextActionUrl { get; init; }

    public string? ClientSecret { get; init; }

    public string? CardBrand { get; init; }

    public string? CardLast4 { get; init; }

    /// <summary>The webhook event that reported this, when it came from one.</summary>
    public string? EventId { get; init; }

    /// <summary>The staff member who asked for it (a manual capture or refund); null for checkout and webhooks.</summary>
    public Guid? UserId { get; init; }
}
