namespace Commerce.Payments;

/// <summary>
/// A payment moved to a new state (checkout, a webhook, staff capturing or refunding). Ordering follows it to set the
/// order's payment state; the amounts are the payment's running totals after the change.
/// </summary>
public sealed record PaymentStatusChanged(
    Guid PaymentId, Guid OrderId, Guid StoreId, PaymentStatus Status, string Currency,
    decimal AuthorizedAmount, decimal CapturedAmount, decimal RefundedAmount);
