namespace Commerce.Payments;

/// <summary>
/// A verified webhook, read. Result is null for an event type that changes no payment; otherwise the payment is
/// found by its provider reference, or by the payment id the provider carries back in its metadata.
/// </summary>
public sealed record PaymentWebhookEvent(string EventId, string? PaymentReference, Guid? PaymentId, PaymentProviderResult? Result);
