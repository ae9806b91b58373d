using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Notifications;
using Commerce.Notifications.Logs;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Notifications;

internal sealed class NotificationLogRepository(CommerceDbContext db) : EfRepository<NotificationLog>(db), INotificationLogRepository
{
    public Task<NotificationLog?> FindBySourceAsync(Guid sourceEventId, NotificationKind kind, CancellationToken ct) =>
        Query().FirstOrDefaultAsync(l => l.SourceEventId == sourceEventId && l.Kind == kind, ct);

    public Task<IAsyncDisposable> HoldForSendingAsync(Guid id, CancellationToken ct) =>
        AdvisoryLocks.HoldAsync(Db, $"notifications.notification_logs.send:{id:N}", ct);
}
