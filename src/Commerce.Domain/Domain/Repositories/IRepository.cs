using Commerce.Domain.Entities;

namespace Commerce.Domain.Repositories;

/// <summary>
/// The store of one aggregate type. <see cref="Query"/> is untracked and filtered by tenant and soft delete, for
/// reads that project to DTOs; the other methods load and track aggregates for a change.
/// </summary>
public interface IRepository<TAggregate>
    where TAggregate : AggregateRoot
{
    IQueryable<TAggregate> Query();

    Task<TAggregate?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Loads an aggregate for a change; a missing one, or another tenant's, is an <see cref="EntityNotFoundException"/>.</summary>
    Task<TAggregate> GetAsync(Guid id, CancellationToken ct);

    Task AddAsync(TAggregate aggregate, CancellationToken ct);

    /// <summary>Deletes the aggregate when the unit of work saves: softly when it is soft-deletable.</summary>
    void Remove(TAggregate aggregate);
}
