namespace Commerce.Payments;

/// <summary>
/// A payment provider (manual, test gateway, Stripe), resolved by its name. Each call returns the result the payment
/// applies and records; a refusal by the provider (a declined card) is a failed result, not an exception.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The provider's name, as payment methods store it.</summary>
    string Name { get; }

    /// <summary>Authorizes the payment, capturing at once when the method says so; the payment id is the idempotency key.</summary>
    Task<PaymentProviderResult> AuthorizeAsync(PaymentProviderContext context, PaymentDetails details, CancellationToken ct);

    Task<PaymentProviderResult> CaptureAsync(PaymentProviderContext context, decimal amount, CancellationToken ct);

    Task<PaymentProviderResult> VoidAsync(PaymentProviderContext context, CancellationToken ct);

    Task<PaymentProviderResult> RefundAsync(PaymentProviderContext context, decimal amount, string? reason, CancellationToken ct);

    /// <summary>
    /// Verifies a webhook's signature and timestamp before reading anything, then reads it. A forged, unsigned or stale
    /// webhook throws a <see cref="BusinessException"/>.
    /// </summary>
    PaymentWebhookEvent ReadWebhook(IReadOnlyDictionary<string, string> secrets, string body, IReadOnlyDictionary<string, string> headers);
}
