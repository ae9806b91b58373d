namespace Commerce.Notifications;

/// <summary>A store's notification templates: every kind, the store's own or the product's default.</summary>
public interface INotificationTemplateAppService
{
    /// <summary>Every kind, in the order of <see cref="NotificationKind"/>.</summary>
    Task<IReadOnlyList<NotificationTemplateDto>> GetListAsync(Guid storeId, CancellationToken ct);

    Task<NotificationTemplateDto> UpdateAsync(Guid storeId, UpdateNotificationTemplateDto input, CancellationToken ct);

    /// <summary>Deletes the store's own template, so the default applies again.</summary>
    Task<NotificationTemplateDto> ResetAsync(Guid storeId, ResetNotificationTemplateDto input, CancellationToken ct);

    Task<NotificationPreviewDto> PreviewAsync(Guid storeId, NotificationTemplateContentDto input, CancellationToken ct);
}
