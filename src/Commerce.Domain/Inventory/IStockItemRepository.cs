using Commerce.Domain.Repositories;

namespace Commerce.Inventory;

public interface IStockItemRepository : IRepository<StockItem>
{
    /// <summary>
    /// The variants' stock items, tracked and locked (SELECT … FOR UPDATE) until the transaction ends; missing ones are
    /// created at zero first. Locks are taken in variant order, so bulk changes cannot deadlock each other. Needs an
    /// open transaction.
    /// </summary>
    Task<List<StockItem>> LockAsync(IReadOnlyCollection<Guid> variantIds, CancellationToken ct);

    /// <summary>
    /// Sets the low flag of every item that follows the tenant's default threshold to what the new default says, in
    /// one statement and without alerts: a changed setting is not stock running low.
    /// </summary>
    Task ApplyDefaultThresholdAsync(int defaultThreshold, CancellationToken ct);
}
