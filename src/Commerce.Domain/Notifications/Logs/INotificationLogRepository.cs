using Commerce.Domain.Repositories;

namespace Commerce.Notifications.Logs;

public interface INotificationLogRepository : IRepository<NotificationLog>
{
    Task<bool> ExistsAsync(Guid sourceEventId, NotificationKind kind, CancellationToken ct);
}
