namespace Commerce.Domain.Repositories;

/// <summary>
/// Saves every tracked change of the request, with the outbox rows of the events raised, in one transaction.
/// A stale version becomes <see cref="CommerceErrorCodes.StaleVersion"/> and a unique index violation the code of
/// its rule.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken ct);

    /// <summary>
    /// For a use case that saves more than once (ASP.NET Core Identity's managers save on their own), so that it
    /// still commits or rolls back as a whole.
    /// </summary>
    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken ct);
}
