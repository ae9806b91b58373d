namespace Commerce.Notifications.Logs;

/// <summary>A notification failed its last allowed attempt and will not be sent. OrderId is set for a message about an order.</summary>
public sealed record NotificationFailed(Guid LogId, NotificationKind Kind, Guid? OrderId, string RecipientEmail);
