namespace Commerce.Notifications;

public sealed record NotificationTemplateListItemDto
{
    public required NotificationKind Kind { get; init; }

    /// <summary>Whether the store has its own template; otherwise the product's default applies.</summary>
    public required bool IsCustomized { get; init; }

    public required string Subject { get; init; }
}
