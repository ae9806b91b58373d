using Commerce.Domain.Events;
using Commerce.Notifications;

namespace Commerce.Ordering.Notifications;

/// <summary>Tells the customer the order was cancelled, and why.</summary>
internal sealed class NotifyCustomerWhenOrderCancelledHandler(OrderNotifier notifier) : IDomainEventHandler<OrderCancelled>
{
    public Task HandleAsync(OrderCancelled domainEvent, DomainEventContext context, CancellationToken ct) =>
        notifier.RequestAsync(NotificationKind.OrderCancelled, domainEvent.OrderId, context, ct,
            (_, model) => model with { CancellationReason = domainEvent.Reason });
}
