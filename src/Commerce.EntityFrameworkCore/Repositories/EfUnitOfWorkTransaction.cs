using Commerce.Domain.Repositories;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commerce.EntityFrameworkCore.Repositories;

internal sealed class EfUnitOfWorkTransaction(IDbContextTransaction transaction) : IUnitOfWorkTransaction
{
    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public ValueTask DisposeAsync() => transaction.DisposeAsync();
}
