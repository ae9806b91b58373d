using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Stores;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Stores;

internal sealed class StoreRepository(CommerceDbContext db) : EfRepository<Store>(db), IStoreRepository
{
    public Task<int> CountAsync(CancellationToken ct) => Set.CountAsync(ct);

    public Task LockForCreateAsync(CancellationToken ct) => AdvisoryLocks.LockForTransactionAsync(Db, "stores.stores", ct);

    public Task<int> CountExistingAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) => Set.CountAsync(s => ids.Contains(s.Id), ct);

    public async Task<StoreLocation?> FindLocationAsync(string name, CancellationToken ct)
    {
        var rows = await Db.Database
            .SqlQuery<StoreLocationRow>($"SELECT store_tenant_id AS tenant_id, store_id FROM stores.store_domains WHERE name = {name}")
            .ToListAsync(ct);
        return rows is [var row, ..] ? new StoreLocation(row.TenantId, row.StoreId) : null;
    }

    private sealed record StoreLocationRow(Guid TenantId, Guid StoreId);
}
