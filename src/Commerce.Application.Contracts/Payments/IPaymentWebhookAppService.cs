namespace Commerce.Payments;

/// <summary>
/// Receives providers' webhooks. Anonymous: the tenant and the payment method come from the address the provider
/// was given, and the signature (checked before anything is read) proves the sender.
/// </summary>
public interface IPaymentWebhookAppService
{
    /// <summary>Verifies and applies one webhook; an event seen before changes nothing.</summary>
    Task HandleAsync(Guid tenantId, Guid paymentMethodId, string body, IReadOnlyDictionary<string, string> headers, CancellationToken ct);
}
