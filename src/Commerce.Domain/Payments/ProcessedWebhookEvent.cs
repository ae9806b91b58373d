using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Payments;

/// <summary>
/// A provider's webhook event that was applied. Unique by (tenant, provider, event id), so a redelivered or replayed
/// event is recognised and changes nothing.
/// </summary>
public sealed class ProcessedWebhookEvent : AggregateRoot, IMultiTenant
{
    private ProcessedWebhookEvent()
    {
        Provider = EventId = string.Empty;
    }

    public ProcessedWebhookEvent(Guid id, string provider, string eventId, Guid paymentMethodId, Guid? paymentId, DateTimeOffset receivedAt)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(eventId.Length, PaymentConsts.ProviderReferenceMaxLength, nameof(eventId));
        Provider = provider;
        EventId = eventId;
        PaymentMethodId = paymentMethodId;
        PaymentId = paymentId;
        ReceivedAt = receivedAt;
    }

    public Guid TenantId { get; private set; }

    public string Provider { get; private set; }

    public string EventId { get; private set; }

    public Guid PaymentMethodId { get; private set; }

    /// <summary>The payment it was applied to; null for an event type that concerns no payment of ours.</summary>
    public Guid? PaymentId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
