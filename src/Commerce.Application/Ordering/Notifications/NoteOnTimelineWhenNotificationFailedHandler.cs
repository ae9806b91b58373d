using Commerce.Domain.Events;
using Commerce.Notifications.Logs;

namespace Commerce.Ordering.Notifications;

/// <summary>"Order confirmation to … failed" on the order's timeline once the message is given up on.</summary>
internal sealed class NoteOnTimelineWhenNotificationFailedHandler(OrderNotificationTimeline timeline) : IDomainEventHandler<NotificationFailed>
{
    public Task HandleAsync(NotificationFailed domainEvent, DomainEventContext context, CancellationToken ct) =>
        timeline.RecordAsync(domainEvent.OrderId, domainEvent.Kind, domainEvent.RecipientEmail, false, context.OccurredAt, ct);
}
