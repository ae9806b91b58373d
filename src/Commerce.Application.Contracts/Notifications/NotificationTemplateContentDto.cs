using System.ComponentModel.DataAnnotations;

namespace Commerce.Notifications;

/// <summary>A subject and a body in Liquid for one kind (the template model is in decision 0009).</summary>
public record NotificationTemplateContentDto
{
    [EnumDataType(typeof(NotificationKind))]
    public required NotificationKind Kind { get; init; }

    [Required]
    [StringLength(NotificationTemplateConsts.SubjectMaxLength, MinimumLength = 1)]
    public string Subject { get; init; } = string.Empty;

    [Required]
    [StringLength(NotificationTemplateConsts.BodyMaxLength, MinimumLength = 1)]
    public string Body { get; init; } = string.Empty;
}
