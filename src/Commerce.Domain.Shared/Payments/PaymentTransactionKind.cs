namespace Commerce.Payments;

/// <summary>The operation a transaction records: asked of the provider, or reported by its webhook.</summary>
public enum PaymentTransactionKind
{
    Authorize,
    Capture,
    Void,
    Refund,
}
