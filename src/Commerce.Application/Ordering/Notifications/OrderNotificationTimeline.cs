using Commerce.Domain.Repositories;
using Commerce.Notifications;

namespace Commerce.Ordering.Notifications;

/// <summary>Writes what became of a message about an order on the order's timeline.</summary>
internal sealed class OrderNotificationTimeline(IOrderRepository orders, IUnitOfWork unitOfWork)
{
    public async Task RecordAsync(Guid? orderId, NotificationKind kind, string recipient, bool sent, DateTimeOffset at, CancellationToken ct)
    {
        if (orderId is null || await orders.FindAsync(orderId.Value, ct) is not { } order)
            return;
        var message = sent ? $"{Subject(kind)} sent to {recipient}" : $"{Subject(kind)} to {recipient} failed";
        order.RecordNotification(message, at);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private static string Subject(NotificationKind kind) => kind switch
    {
        NotificationKind.OrderPlaced => "Order confirmation",
        NotificationKind.OrderPaid => "Payment confirmation",
        NotificationKind.OrderShipped => "Shipping notice",
        NotificationKind.OrderCancelled => "Cancellation notice",
        NotificationKind.OrderRefunded => "Refund notice",
        _ => $"{kind} message",
    };
}
