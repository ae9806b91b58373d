namespace Commerce.Notifications;

/// <summary>
/// What the sending job needs beyond the log row. The order travels here as it was when the event was handled;
/// the action link only here, sealed by the platform's key ring, since it may hold a secret (a reset token).
/// </summary>
public sealed record SendNotificationArgs
{
    public required Guid TenantId { get; init; }

    public required Guid LogId { get; init; }

    /// <summary>
    /// When the notification was handed over. The row is saved in the transaction of the event's delivery, which a
    /// quick job may overtake: a row not found yet within <see cref="NotificationLogConsts.UncommittedGraceSeconds"/>
    /// is looked for again later; after that, its delivery was rolled back (and redelivered as a new row).
    /// </summary>
    public DateTimeOffset RequestedAt { get; init; }

    public NotificationOrderModel? Order { get; init; }

    public string? ProtectedActionUrl { get; init; }
}
