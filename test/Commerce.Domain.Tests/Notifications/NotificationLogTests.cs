using Commerce.Notifications.Logs;

namespace Commerce.Notifications;

public sealed class NotificationLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_notification_is_queued_without_attempts()
    {
        var log = NewLog();

        log.Status.ShouldBe(NotificationStatus.Queued);
        log.Attempts.ShouldBe(0);
        log.IsFinished.ShouldBeFalse();
    }

    [Fact]
    public void Failures_stay_queued_for_a_retry_until_the_last_attempt_makes_it_Failed()
    {
        var log = NewLog();

        for (var attempt = 1; attempt < NotificationLogConsts.MaxAttempts; attempt++)
        {
            log.RecordFailure("SmtpException: connection refused");
            log.Status.ShouldBe(NotificationStatus.Queued);
        }

        log.RecordFailure("SmtpException: connection refused");
        log.Status.ShouldBe(NotificationStatus.Failed);
        log.Attempts.ShouldBe(NotificationLogConsts.MaxAttempts);
        log.LastError.ShouldBe("SmtpException: connection refused");
    }

    [Fact]
    public void A_long_error_is_shortened_and_sending_clears_it()
    {
        var log = NewLog();

        log.RecordFailure(new string('x', 2000));
        log.LastError!.Length.ShouldBe(NotificationLogConsts.LastErrorMaxLength);
        log.MarkSent(Now);

        log.Status.ShouldBe(NotificationStatus.Sent);
        log.Attempts.ShouldBe(2);
        log.LastError.ShouldBeNull();
        log.SentTime.ShouldBe(Now);
    }

    [Fact]
    public void Sending_raises_NotificationSent_and_only_the_last_failure_raises_NotificationFailed()
    {
        var orderId = Guid.CreateVersion7();
        var sent = NewLog(orderId);
        var failed = NewLog(orderId);

        sent.MarkSent(Now);
        for (var attempt = 1; attempt < NotificationLogConsts.MaxAttempts; attempt++)
            failed.RecordFailure("SmtpException: connection refused");
        failed.DomainEvents.ShouldBeEmpty();
        failed.RecordFailure("SmtpException: connection refused");

        sent.DomainEvents.ShouldBe([new NotificationSent(sent.Id, NotificationKind.OrderPlaced, orderId, "ada@example.com")]);
        failed.DomainEvents.ShouldBe([new NotificationFailed(failed.Id, NotificationKind.OrderPlaced, orderId, "ada@example.com")]);
    }

    private static NotificationLog NewLog(Guid? orderId = null) => new(Guid.CreateVersion7(), new NotificationLogRequest
    {
        Kind = NotificationKind.OrderPlaced,
        StoreId = Guid.CreateVersion7(),
        SourceEventId = Guid.CreateVersion7(),
        RecipientEmail = " ada@example.com ",
        RecipientName = "Ada",
        OrderId = orderId,
    }, Now);
}
