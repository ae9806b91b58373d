using Commerce.Domain.Events;
using Commerce.Notifications;

namespace Commerce.Ordering.Notifications;

/// <summary>Tells the customer their payment arrived.</summary>
internal sealed class NotifyCustomerWhenOrderPaidHandler(OrderNotifier notifier) : IDomainEventHandler<OrderPaid>
{
    public Task HandleAsync(OrderPaid domainEvent, DomainEventContext context, CancellationToken ct) =>
        notifier.RequestAsync(NotificationKind.OrderPaid, domainEvent.OrderId, context, ct);
}
