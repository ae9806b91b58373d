using Commerce.Domain.Events;
using Commerce.Payments;

namespace Commerce.Ordering;

/// <summary>Follows a payment's new state on its order (webhooks, staff captures and refunds); repeated or older states change nothing.</summary>
internal sealed class ApplyPaymentWhenPaymentStatusChangedHandler(OrderPaymentSync sync) : IDomainEventHandler<PaymentStatusChanged>
{
    public Task HandleAsync(PaymentStatusChanged domainEvent, DomainEventContext context, CancellationToken ct) =>
        sync.ApplyAsync(domainEvent.OrderId, domainEvent.Status, null, ct);
}
