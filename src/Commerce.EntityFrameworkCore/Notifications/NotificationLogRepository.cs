using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Notifications;
using Commerce.Notifications.Logs;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Notifications;

internal sealed class NotificationLogRepository(CommerceDbContext db) : EfRepository<NotificationLog>(db), INotificationLogRepository
{
    public Task<bool> ExistsAsync(Guid sourceEventId, NotificationKind kind, CancellationToken ct) =>
        Query().AnyAsync(l => l.SourceEventId == sourceEventId && l.Kind == kind, ct);
}
