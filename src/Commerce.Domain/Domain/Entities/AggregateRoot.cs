namespace Commerce.Domain.Entities;

/// <summary>
/// A consistency boundary. It collects domain events, which the unit of work writes to the outbox in the same
/// transaction as the change, and carries a version (PostgreSQL xmin) for optimistic concurrency.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<object> domainEvents = [];

    protected AggregateRoot()
    {
    }

    protected AggregateRoot(Guid id)
        : base(id)
    {
    }

    /// <summary>The row version the aggregate was read at; the database assigns it on every write.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<object> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Refuses a change that a caller prepared from an older read of this aggregate.</summary>
    public void EnsureVersion(uint expectedVersion)
    {
        if (expectedVersion != Version)
            throw new BusinessException(CommerceErrorCodes.StaleVersion).WithData("version", expectedVersion);
    }

    protected void AddDomainEvent(object domainEvent) => domainEvents.Add(domainEvent);
}
