namespace Commerce.Notifications;

public enum NotificationStatus
{
    Queued,
    Sent,
    Failed,
}
