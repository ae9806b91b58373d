using Commerce.Domain.Repositories;

namespace Commerce.EntityFrameworkCore.Repositories;

/// <summary>
/// A transaction asked for inside one already open on the same unit of work (an outbox delivery, a job): the caller
/// joins it, and the owner of the outer transaction commits or rolls back the whole.
/// </summary>
internal sealed class JoinedUnitOfWorkTransaction : IUnitOfWorkTransaction
{
    public static JoinedUnitOfWorkTransaction Instance { get; } = new();

    public Task CommitAsync(CancellationToken ct) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
