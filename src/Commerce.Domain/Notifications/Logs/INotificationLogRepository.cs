using Commerce.Domain.Repositories;

namespace Commerce.Notifications.Logs;

public interface INotificationLogRepository : IRepository<NotificationLog>
{
    /// <summary>The notification already recorded for this source event and kind, if any (untracked).</summary>
    Task<NotificationLog?> FindBySourceAsync(Guid sourceEventId, NotificationKind kind, CancellationToken ct);

    /// <summary>
    /// Holds the notification for one send until disposed: a second job for the same notification waits, then reads
    /// the status the first left, so a notification handed to the job server twice is sent once.
    /// </summary>
    Task<IAsyncDisposable> HoldForSendingAsync(Guid id, CancellationToken ct);
}
