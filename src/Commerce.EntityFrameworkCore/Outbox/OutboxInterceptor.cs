using System.Text.Json;
using Commerce.Domain.Entities;
using Commerce.Domain.Events;
using Commerce.Guids;
using Commerce.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.EntityFrameworkCore.Outbox;

/// <summary>
/// Moves the domain events of the tracked aggregates into outbox rows of the same save, so the change and its
/// events commit or roll back together; each registered handler of an event gets a delivery row of its own.
/// </summary>
internal sealed class OutboxInterceptor(
    IEnumerable<DomainEventHandlerDescriptor> handlers, ICurrentTenant currentTenant, IGuidGenerator guids, TimeProvider clock)
    : SaveChangesInterceptor
{
    private readonly ILookup<Type, DomainEventHandlerDescriptor> handlersByEvent = handlers.ToLookup(h => h.EventType);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        WriteEvents(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        WriteEvents(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    private void WriteEvents(DbContext context)
    {
        var aggregates = context.ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.Entity.DomainEvents.Count > 0).Select(e => e.Entity).ToList();
        var now = clock.GetUtcNow();
        foreach (var aggregate in aggregates)
        {
            var tenantId = aggregate is IMultiTenant owned ? owned.TenantId : currentTenant.Id;
            foreach (var domainEvent in aggregate.DomainEvents)
                Write(context, domainEvent, tenantId, now);
            aggregate.ClearDomainEvents();
        }
    }

    private void Write(DbContext context, object domainEvent, Guid? tenantId, DateTimeOffset now)
    {
        var type = domainEvent.GetType();
        var message = new OutboxMessage
        {
            Id = guids.Create(),
            TenantId = tenantId,
            EventName = type.FullName!,
            Payload = JsonSerializer.Serialize(domainEvent, type, JsonSerializerOptions.Web),
            OccurredAt = now,
        };
        context.Add(message);
        foreach (var handler in handlersByEvent[type])
        {
            context.Add(new OutboxDelivery
            {
                MessageId = message.Id,
                Handler = handler.HandlerName,
                TenantId = tenantId,
                Status = OutboxDeliveryStatus.Pending,
                NextAttemptAt = now,
            });
        }
    }
}
