namespace Commerce.Notifications;

public sealed record NotificationTemplateDto
{
    public required Guid StoreId { get; init; }

    public required NotificationKind Kind { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public required bool IsCustomized { get; init; }

    /// <summary>The version to send back with an update; 0 while the store uses the default.</summary>
    public required uint Version { get; init; }
}
