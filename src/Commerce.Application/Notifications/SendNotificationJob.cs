using Commerce.BackgroundJobs;
using Commerce.Domain.Repositories;
using Commerce.Emailing;
using Commerce.MultiTenancy;
using Commerce.Notifications.Logs;
using Commerce.Stores.PaymentMethods;
using Microsoft.Extensions.Logging;

namespace Commerce.Notifications;

/// <summary>
/// Renders a queued notification from the store's template and sends it. A failed attempt is recorded and thrown
/// again, so the job server retries it after its backoff; the last allowed attempt marks the notification Failed
/// and ends the retries. A notification whose row is not visible yet (the transaction that saves it has not committed)
/// is tried again by the job server's retry. A notification already sent or failed is left alone; two jobs for the same notification (it
/// was handed over again after a crash) send it once, the second waiting for the first and finding it sent.
/// </summary>
public sealed partial class SendNotificationJob(
    INotificationLogRepository logs, NotificationComposer composer, IEmailSender sender, ISecretProtector protector,
    IUnitOfWork unitOfWork, ICurrentTenant currentTenant, TimeProvider clock, ILogger<SendNotificationJob> logger)
    : IBackgroundJob<SendNotificationArgs>
{
    public async Task ExecuteAsync(SendNotificationArgs args, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var tenant = currentTenant.Change(args.TenantId);
        await using var hold = await logs.HoldForSendingAsync(args.LogId, ct);
        var log = await logs.FindAsync(args.LogId, ct);
        if (log is null && clock.GetUtcNow() - args.RequestedAt < TimeSpan.FromSeconds(NotificationLogConsts.UncommittedGraceSeconds))
            throw new NotificationNotRecordedYetException(args.LogId);
        if (log is null || log.IsFinished)
            return;

        try
        {
            var store = await composer.GetStoreAsync(log.StoreId, ct);
            var content = await composer.GetContentAsync(store, log.Kind, ct);
            var actionUrl = args.ProtectedActionUrl is null ? null : protector.Unprotect(args.ProtectedActionUrl);
            var message = await composer.RenderAsync(store, content, log.RecipientEmail, log.RecipientName, args.Order, actionUrl);
            log.Rendered(message.Subject);
            await sender.SendAsync(new EmailMessage(log.RecipientEmail, message.Subject, message.Html, message.Text), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever the mail server or the rendering throws, the attempt is recorded (type and message only).
            log.RecordFailure($"{ex.GetType().Name}: {ex.Message}");
            await unitOfWork.SaveChangesAsync(ct);
            LogFailed(logger, ex, log.Id, log.Attempts);
            if (log.Status == NotificationStatus.Failed)
                return;
            throw;
        }

        log.MarkSent(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        LogSent(logger, log.Id, log.Kind);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {LogId} ({Kind}) sent")]
    private static partial void LogSent(ILogger logger, Guid logId, NotificationKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {LogId} failed on attempt {Attempt}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid logId, int attempt);
}
