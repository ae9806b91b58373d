using Commerce.Domain.Repositories;

namespace Commerce.Notifications.Templates;

public interface INotificationTemplateRepository : IRepository<NotificationTemplate>
{
    /// <summary>The store's own template for the kind, tracked for a change, or null when the store uses the default.</summary>
    Task<NotificationTemplate?> FindAsync(Guid storeId, NotificationKind kind, CancellationToken ct);

    Task<List<NotificationTemplate>> GetListAsync(Guid storeId, CancellationToken ct);
}
