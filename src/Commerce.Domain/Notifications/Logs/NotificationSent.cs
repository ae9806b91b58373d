namespace Commerce.Notifications.Logs;

/// <summary>A notification reached the mail server. OrderId is set for a message about an order.</summary>
public sealed record NotificationSent(Guid LogId, NotificationKind Kind, Guid? OrderId, string RecipientEmail);
