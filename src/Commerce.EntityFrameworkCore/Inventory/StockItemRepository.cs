using Commerce.Catalog.Products;
using Commerce.EntityFrameworkCore.Repositories;
using Commerce.EntityFrameworkCore.Schema;
using Commerce.Guids;
using Commerce.Inventory;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Commerce.EntityFrameworkCore.Inventory;

internal sealed class StockItemRepository(CommerceDbContext db, IGuidGenerator guids) : EfRepository<StockItem>(db), IStockItemRepository
{
    public async Task<List<StockItem>> LockAsync(IReadOnlyCollection<Guid> variantIds, CancellationToken ct)
    {
        if (Db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Stock rows are locked inside a transaction.");
        var tenantId = Db.CurrentTenantId ?? throw new InvalidOperationException("Stock belongs to a tenant.");
        var ordered = variantIds.Distinct().Order().ToArray();

        try
        {
            await InsertMissingAsync(tenantId, ordered, ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new EntityNotFoundException(typeof(ProductVariant), ordered.Length == 1 ? ordered[0] : null);
        }

        // The tenant is in the statement itself (and row-level security holds); lifting the filter keeps EF from
        // wrapping the locking query in a sub-select.
        return await Set.FromSql(
                $"SELECT *, xmin FROM inventory.stock_items WHERE tenant_id = {tenantId} AND variant_id = ANY({ordered}) ORDER BY variant_id FOR UPDATE")
            .IgnoreQueryFilters([QueryFilters.Tenant])
            .ToListAsync(ct);
    }

    public Task ApplyDefaultThresholdAsync(int defaultThreshold, CancellationToken ct) =>
        Set.Where(i => i.LowStockThreshold == null && i.IsLow != (i.OnHand - i.Reserved <= defaultThreshold))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.IsLow, i => i.OnHand - i.Reserved <= defaultThreshold), ct);

    /// <summary>
    /// Rows at zero, and so low, for the variants that have none (as <see cref="StockItem"/>'s constructor makes them);
    /// a variant that is not the tenant's fails its foreign key.
    /// </summary>
    private Task<int> InsertMissingAsync(Guid tenantId, Guid[] ordered, CancellationToken ct)
    {
        var ids = ordered.Select(_ => guids.Create()).ToArray();
        return Db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO inventory.stock_items (tenant_id, id, variant_id, on_hand, reserved, is_low)
            SELECT @tenant, ids.id, ids.variant_id, 0, 0, true FROM unnest(@ids, @variants) AS ids(id, variant_id)
            ON CONFLICT (tenant_id, variant_id) DO NOTHING
            """,
            [
                new NpgsqlParameter("tenant", tenantId),
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids },
                new NpgsqlParameter("variants", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ordered },
            ],
            ct);
    }
}
