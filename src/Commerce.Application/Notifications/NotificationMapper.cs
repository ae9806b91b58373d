using Commerce.Notifications.Logs;
using Commerce.Notifications.Templates;
using Riok.Mapperly.Abstractions;

namespace Commerce.Notifications;

[Mapper]
internal static partial class NotificationMapper
{
    public static NotificationTemplateDto ToDto(Guid storeId, NotificationKind kind, NotificationTemplateContent content, bool isCustomized, uint version) =>
        new() { StoreId = storeId, Kind = kind, Subject = content.Subject, Body = content.Body, IsCustomized = isCustomized, Version = version };

    public static partial IQueryable<NotificationLogDto> ProjectToDto(IQueryable<NotificationLog> query);

    [MapperIgnoreSource(nameof(NotificationLog.DomainEvents))]
    [MapperIgnoreSource(nameof(NotificationLog.TenantId))]
    [MapperIgnoreSource(nameof(NotificationLog.Version))]
    [MapperIgnoreSource(nameof(NotificationLog.IsFinished))]
    private static partial NotificationLogDto ToDto(NotificationLog log);
}
