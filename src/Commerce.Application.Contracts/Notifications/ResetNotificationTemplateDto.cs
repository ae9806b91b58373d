using System.ComponentModel.DataAnnotations;

namespace Commerce.Notifications;

public sealed record ResetNotificationTemplateDto
{
    [EnumDataType(typeof(NotificationKind))]
    public required NotificationKind Kind { get; init; }
}
