namespace Commerce.Domain.Events;

/// <summary>What a handler knows about the event besides its payload.</summary>
public sealed record DomainEventContext(Guid EventId, Guid? TenantId, DateTimeOffset OccurredAt, int Attempt);
