namespace Commerce.Notifications;

/// <summary>Refused with 409 when <see cref="Version"/> is stale; 0 while the store still uses the default.</summary>
public sealed record UpdateNotificationTemplateDto : NotificationTemplateContentDto
{
    public uint Version { get; init; }
}
