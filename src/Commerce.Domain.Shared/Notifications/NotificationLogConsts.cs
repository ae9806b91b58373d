namespace Commerce.Notifications;

public static class NotificationLogConsts
{
    public const int RecipientEmailMaxLength = 256;
    public const int RecipientNameMaxLength = 256;
    public const int SubjectMaxLength = 512;
    public const int LastErrorMaxLength = 500;

    /// <summary>Sending is tried this many times (the first and the job server's retries), then the notification is Failed.</summary>
    public const int MaxAttempts = 5;

    /// <summary>How long the sending job waits (by the job server's retries) for a row whose saving transaction has not committed yet.</summary>
    public const int UncommittedGraceSeconds = 300;
}
