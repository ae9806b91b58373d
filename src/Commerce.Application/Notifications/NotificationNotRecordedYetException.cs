namespace Commerce.Notifications;

/// <summary>The notification's row is not committed yet; the job server's retry looks again.</summary>
internal sealed class NotificationNotRecordedYetException(Guid logId)
    : Exception($"Notification {logId} is not recorded yet: the transaction saving it has not committed.");
