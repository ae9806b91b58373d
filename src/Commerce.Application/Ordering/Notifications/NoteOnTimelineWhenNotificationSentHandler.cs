using Commerce.Domain.Events;
using Commerce.Notifications.Logs;

namespace Commerce.Ordering.Notifications;

/// <summary>"Order confirmation sent to …" on the order's timeline, at the time the message went.</summary>
internal sealed class NoteOnTimelineWhenNotificationSentHandler(OrderNotificationTimeline timeline) : IDomainEventHandler<NotificationSent>
{
    public Task HandleAsync(NotificationSent domainEvent, DomainEventContext context, CancellationToken ct) =>
        timeline.RecordAsync(domainEvent.OrderId, domainEvent.Kind, domainEvent.RecipientEmail, true, context.OccurredAt, ct);
}
