using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Notifications;
using Commerce.Notifications.Templates;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Notifications;

internal sealed class NotificationTemplateRepository(CommerceDbContext db) : EfRepository<NotificationTemplate>(db), INotificationTemplateRepository
{
    public Task<NotificationTemplate?> FindAsync(Guid storeId, NotificationKind kind, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(t => t.StoreId == storeId && t.Kind == kind, ct);

    public Task<List<NotificationTemplate>> GetListAsync(Guid storeId, CancellationToken ct) =>
        Query().Where(t => t.StoreId == storeId).ToListAsync(ct);
}
