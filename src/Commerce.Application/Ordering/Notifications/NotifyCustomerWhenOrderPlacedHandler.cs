using Commerce.Domain.Events;
using Commerce.Notifications;

namespace Commerce.Ordering.Notifications;

/// <summary>Sends the order confirmation.</summary>
internal sealed class NotifyCustomerWhenOrderPlacedHandler(OrderNotifier notifier) : IDomainEventHandler<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced domainEvent, DomainEventContext context, CancellationToken ct) =>
        notifier.RequestAsync(NotificationKind.OrderPlaced, domainEvent.OrderId, context, ct);
}
