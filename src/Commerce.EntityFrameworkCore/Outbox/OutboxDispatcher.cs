using System.Reflection;
using System.Text.Json;
using Commerce.Domain.Events;
using Commerce.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.EntityFrameworkCore.Outbox;

/// <summary>
/// Delivers due outbox rows to their handlers, one delivery per transaction: the delivery row is locked
/// (FOR UPDATE SKIP LOCKED, so two dispatchers never run the same one), the handler runs as the event's tenant
/// in that transaction, and the row is marked done in it. A failure rolls the handler's work back and schedules
/// a retry with a doubling delay; other deliveries go on.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    IEnumerable<DomainEventHandlerDescriptor> handlers,
    ICurrentTenant currentTenant,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private static readonly MethodInfo InvokeMethod =
        typeof(OutboxDispatcher).GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<string, DomainEventHandlerDescriptor> handlersByName =
        handlers.ToDictionary(h => h.HandlerName, StringComparer.Ordinal);

    /// <summary>
    /// Delivers what is due now, <see cref="OutboxOptions.MaxParallelDeliveries"/> at a time (each delivery is its own
    /// scope and transaction, and events carry no order between them); returns how many deliveries succeeded.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var succeeded = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelDeliveries), CancellationToken = ct };
        await Parallel.ForEachAsync(await FindDueAsync(ct), parallel, async (due, token) =>
        {
            if (await TryDeliverAsync(due.MessageId, due.Handler, token))
                Interlocked.Increment(ref succeeded);
        });
        return succeeded;
    }

    private async Task<List<(Guid MessageId, string Handler)>> FindDueAsync(CancellationToken ct)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxDeliveries.AsNoTracking()
            .Where(d => d.Status == OutboxDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(options.Value.BatchSize)
            .Select(d => new { d.MessageId, d.Handler })
            .ToListAsync(ct);
        return due.ConvertAll(d => (d.MessageId, d.Handler));
    }

    private async Task<bool> TryDeliverAsync(Guid messageId, string handlerName, CancellationToken ct)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var delivery = (await db.OutboxDeliveries
            .FromSql($"SELECT * FROM kernel.outbox_deliveries WHERE message_id = {messageId} AND handler = {handlerName} AND status = 'Pending' FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct)).SingleOrDefault();
        if (delivery is null)
            return false;

        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, ct);
        var attempt = delivery.Attempts + 1;
        try
        {
            using (currentTenant.Change(delivery.TenantId))
            {
                var descriptor = handlersByName.GetValueOrDefault(handlerName)
                    ?? throw new InvalidOperationException($"No handler named {handlerName} is registered.");
                var domainEvent = JsonSerializer.Deserialize(message.Payload, descriptor.EventType, JsonSerializerOptions.Web)!;
                var context = new DomainEventContext(message.Id, message.TenantId, message.OccurredAt, attempt);
                var handler = scope.ServiceProvider.GetRequiredService(descriptor.HandlerType);
                await (Task)InvokeMethod.MakeGenericMethod(descriptor.EventType)
                    .Invoke(null, BindingFlags.DoNotWrapExceptions, null, [handler, domainEvent, context, ct], null)!;

                delivery.Status = OutboxDeliveryStatus.Succeeded;
                delivery.Attempts = attempt;
                delivery.CompletedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The boundary between handlers: one handler's failure is recorded and retried, never rethrown.
            await transaction.RollbackAsync(ct);
            await RecordFailureAsync(messageId, handlerName, attempt, ex, ct);
            return false;
        }
    }

    private async Task RecordFailureAsync(Guid messageId, string handlerName, int attempts, Exception error, CancellationToken ct)
    {
        var settings = options.Value;
        var dead = attempts >= settings.MaxAttempts;
        var delay = TimeSpan.FromTicks(Math.Min(
            settings.FirstRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 30)), settings.MaxRetryDelay.Ticks));
        var nextAttemptAt = clock.GetUtcNow() + delay;
        var lastError = $"{error.GetType().Name}: {error.Message}";
        if (lastError.Length > 2000)
            lastError = lastError[..2000];

        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        await db.OutboxDeliveries
            .Where(d => d.MessageId == messageId && d.Handler == handlerName)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Attempts, attempts)
                    .SetProperty(d => d.NextAttemptAt, nextAttemptAt)
                    .SetProperty(d => d.LastError, lastError)
                    .SetProperty(d => d.Status, dead ? OutboxDeliveryStatus.Dead : OutboxDeliveryStatus.Pending),
                ct);
        LogDeliveryFailed(logger, error, messageId, handlerName, attempts, dead);
    }

    private static Task InvokeAsync<TEvent>(object handler, object domainEvent, DomainEventContext context, CancellationToken ct)
        where TEvent : class
        => ((IDomainEventHandler<TEvent>)handler).HandleAsync((TEvent)domainEvent, context, ct);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed in {Handler} on attempt {Attempts}; dead: {Dead}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception error, Guid messageId, string handler, int attempts, bool dead);
}
