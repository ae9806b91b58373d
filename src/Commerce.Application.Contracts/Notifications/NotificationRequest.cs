namespace Commerce.Notifications;

/// <summary>
/// One notification to send. SourceEventId is the domain event that caused it (a redelivered event sends nothing new);
/// OrderId and CustomerId let the backoffice show the log per order and per customer. ActionUrl is the link the
/// message offers (order page, password reset).
/// </summary>
public sealed record NotificationRequest
{
    public required NotificationKind Kind { get; init; }

    public required Guid SourceEventId { get; init; }

    public required Guid StoreId { get; init; }

    public required string RecipientEmail { get; init; }

    public string? RecipientName { get; init; }

    public Guid? OrderId { get; init; }

    public Guid? CustomerId { get; init; }

    public NotificationOrderModel? Order { get; init; }

    public string? ActionUrl { get; init; }
}
