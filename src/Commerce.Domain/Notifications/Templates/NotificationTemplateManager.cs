using Commerce.Guids;

namespace Commerce.Notifications.Templates;

/// <summary>Creates a store's own template; only one per store and kind (the unique index guards it).</summary>
public sealed class NotificationTemplateManager(IGuidGenerator guids)
{
    public NotificationTemplate Create(Guid storeId, NotificationKind kind, NotificationTemplateContent content) =>
        new(guids.Create(), storeId, kind, content);
}
