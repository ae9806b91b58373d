namespace Commerce.Domain.Repositories;

/// <summary>
/// Saves every tracked change of the request, with the outbox rows of the events raised, in one transaction.
/// A stale version becomes <see cref="CommerceErrorCodes.StaleVersion"/> and a unique index violation the code of
/// its rule.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken ct);
}
