namespace Commerce.Payments;

/// <summary>Where a payment stands with its provider. Pending covers both "awaiting the customer" and "processing".</summary>
public enum PaymentStatus
{
    Pending,
    Authorized,
    Captured,
    PartiallyRefunded,
    Refunded,
    Voided,
    Failed,
}
