namespace Commerce.Notifications;

public sealed record NotificationLogDto
{
    public required Guid Id { get; init; }

    public required NotificationKind Kind { get; init; }

    public required Guid StoreId { get; init; }

    public required string RecipientEmail { get; init; }

    public string? RecipientName { get; init; }

    public Guid? OrderId { get; init; }

    public Guid? CustomerId { get; init; }

    public required Guid SourceEventId { get; init; }

    public required NotificationStatus Status { get; init; }

    public required int Attempts { get; init; }

    public string? LastError { get; init; }

    public string? Subject { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public DateTimeOffset? SentTime { get; init; }
}
