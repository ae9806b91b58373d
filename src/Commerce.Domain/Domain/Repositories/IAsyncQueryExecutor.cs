namespace Commerce.Domain.Repositories;

/// <summary>Runs a query built on <see cref="IRepository{TAggregate}.Query"/> without the caller referencing EF Core.</summary>
public interface IAsyncQueryExecutor
{
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken ct);

    Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken ct);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct);

    Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken ct);
}
