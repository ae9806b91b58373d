namespace Commerce.Notifications.Logs;

/// <summary>What a log row records of a request: who, about what, and why.</summary>
public sealed record NotificationLogRequest
{
    public required NotificationKind Kind { get; init; }

    public required Guid StoreId { get; init; }

    public required Guid SourceEventId { get; init; }

    public required string RecipientEmail { get; init; }

    public string? RecipientName { get; init; }

    public Guid? OrderId { get; init; }

    public Guid? CustomerId { get; init; }
}
