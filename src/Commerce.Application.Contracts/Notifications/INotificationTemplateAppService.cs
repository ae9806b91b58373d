namespace Commerce.Notifications;

/// <summary>A store's notification templates: every kind, the store's own or the product's default.</summary>
public interface INotificationTemplateAppService
{
    Task<IReadOnlyList<NotificationTemplateListItemDto>> GetListAsync(Guid storeId, CancellationToken ct);

    Task<NotificationTemplateDto> GetAsync(Guid storeId, NotificationKind kind, CancellationToken ct);

    Task<NotificationTemplateDto> UpdateAsync(Guid storeId, NotificationKind kind, UpdateNotificationTemplateDto input, CancellationToken ct);

    /// <summary>Deletes the store's own template, so the default applies again.</summary>
    Task<NotificationTemplateDto> ResetAsync(Guid storeId, NotificationKind kind, CancellationToken ct);

    Task<NotificationPreviewDto> PreviewAsync(Guid storeId, NotificationKind kind, NotificationTemplateContentDto input, CancellationToken ct);
}
