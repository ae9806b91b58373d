using Commerce.BackgroundJobs;
using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.MultiTenancy;
using Commerce.Notifications.Logs;
using Commerce.Stores.PaymentMethods;
using Microsoft.Extensions.Logging;

namespace Commerce.Notifications;

/// <summary>
/// Records a requested notification as Queued and hands it to <see cref="SendNotificationJob"/>. A request whose
/// source event and kind were already recorded (a redelivered event) records nothing new; if that notification is
/// still Queued, it is handed to the job server again, since the delivery that recorded it may have stopped before
/// handing it over (the job sends a notification once, however often it is handed over).
/// </summary>
public sealed partial class NotificationService(
    INotificationLogRepository logs, IUnitOfWork unitOfWork, IBackgroundJobManager jobs, ISecretProtector protector,
    ICurrentTenant currentTenant, IGuidGenerator guids, TimeProvider clock, ILogger<NotificationService> logger)
    : INotificationService
{
    public async Task RequestAsync(NotificationRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("A notification is requested as a tenant.");
        if (await logs.FindBySourceAsync(request.SourceEventId, request.Kind, ct) is { } recorded)
        {
            LogDuplicate(logger, request.SourceEventId, request.Kind);
            if (!recorded.IsFinished)
            {
                Enqueue(tenantId, recorded.Id, request);
                LogHandedOverAgain(logger, recorded.Id);
            }

            return;
        }

        var log = new NotificationLog(guids.Create(), ToLogRequest(request), clock.GetUtcNow());
        await logs.AddAsync(log, ct);
        try
        {
            await unitOfWork.SaveChangesAsync(ct);
        }
        catch (BusinessException ex) when (ex.Code == CommerceErrorCodes.Notifications.DuplicateNotification)
        {
            // A concurrent delivery of the same event recorded it first and sends it; this row must not be saved later.
            logs.Remove(log);
            LogDuplicate(logger, request.SourceEventId, request.Kind);
            return;
        }

        Enqueue(tenantId, log.Id, request);
    }

    private void Enqueue(Guid tenantId, Guid logId, NotificationRequest request) =>
        jobs.Enqueue<SendNotificationJob, SendNotificationArgs>(new SendNotificationArgs
        {
            TenantId = tenantId,
            LogId = logId,
            RequestedAt = clock.GetUtcNow(),
            // Plain arrays: the job server stores the arguments with their runtime types, and a caller's list may be
            // a compiler-made type that cannot be read back.
            Order = request.Order is null ? null : request.Order with
            {
                Lines = request.Order.Lines.ToArray(),
                ShippingAddress = request.Order.ShippingAddress.ToArray(),
            },
            ProtectedActionUrl = request.ActionUrl is null ? null : protector.Protect(request.ActionUrl),
        });

    private static NotificationLogRequest ToLogRequest(NotificationRequest request) => new()
    {
        Kind = request.Kind,
        StoreId = request.StoreId,
        SourceEventId = request.SourceEventId,
        RecipientEmail = request.RecipientEmail,
        RecipientName = request.RecipientName,
        OrderId = request.OrderId,
        CustomerId = request.CustomerId,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {LogId} is still queued: handed to the job server again")]
    private static partial void LogHandedOverAgain(ILogger logger, Guid logId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Kind} for event {SourceEventId} was already requested")]
    private static partial void LogDuplicate(ILogger logger, Guid sourceEventId, NotificationKind kind);
}
