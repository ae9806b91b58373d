using Commerce.Domain.Events;
using Commerce.Notifications;

namespace Commerce.Ordering.Notifications;

/// <summary>Tells the customer money went back: the amount of this refund, not the order's total refunded.</summary>
internal sealed class NotifyCustomerWhenOrderRefundedHandler(OrderNotifier notifier) : IDomainEventHandler<OrderRefunded>
{
    public Task HandleAsync(OrderRefunded domainEvent, DomainEventContext context, CancellationToken ct) =>
        notifier.RequestAsync(NotificationKind.OrderRefunded, domainEvent.OrderId, context, ct,
            (_, model) => model with { RefundedAmount = domainEvent.Amount });
}
