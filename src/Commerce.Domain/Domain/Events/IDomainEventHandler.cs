namespace Commerce.Domain.Events;

/// <summary>
/// Reacts to a domain event after the change that raised it committed. Delivery is at least once, so a handler
/// must be idempotent by <see cref="DomainEventContext.EventId"/>; it runs as the tenant the event was raised for.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : class
{
    Task HandleAsync(TEvent domainEvent, DomainEventContext context, CancellationToken ct);
}
