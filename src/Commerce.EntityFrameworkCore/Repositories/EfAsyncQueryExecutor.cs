using Commerce.Domain.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Repositories;

internal sealed class EfAsyncQueryExecutor : IAsyncQueryExecutor
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken ct) => query.ToListAsync(ct);

    public Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken ct) => query.FirstOrDefaultAsync(ct);

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct) => query.CountAsync(ct);

    public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken ct) => query.AnyAsync(ct);
}
