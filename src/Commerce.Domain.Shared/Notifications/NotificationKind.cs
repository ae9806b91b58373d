namespace Commerce.Notifications;

/// <summary>What a notification is about; each kind has a default template and a per-store override.</summary>
public enum NotificationKind
{
    OrderPlaced,
    OrderPaid,
    OrderShipped,
    OrderCancelled,
    OrderRefunded,
    CustomerRegistered,
    PasswordReset,
}
