using Commerce.MultiTenancy;
using Commerce.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.EntityFrameworkCore.MultiTenancy;

/// <summary>
/// Finds the tenant-owned tables in the model (every entity with a tenant), orders them so that rows referencing
/// others go first, and deletes the tenant's rows as the tenant, so row-level security still confines each
/// statement to that tenant. Tables without a tenant column that hang off these (Identity's user roles, claims,
/// tokens) go with them through their cascading keys.
/// </summary>
internal sealed class TenantDataPurger(CommerceDbContext db, ICurrentTenant currentTenant) : ITenantDataPurger
{
    public async Task PurgeAsync(Guid tenantId, CancellationToken ct)
    {
        using var scope = currentTenant.Change(tenantId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var table in TablesDependentsFirst(db.Model))
        {
            var sql = $"DELETE FROM \"{table.Schema}\".\"{table.Name}\" WHERE tenant_id = @tenant";
            await db.Database.ExecuteSqlRawAsync(sql, [new Npgsql.NpgsqlParameter("tenant", tenantId)], ct);
        }

        await db.PolicyValues.Where(v => v.Scope == PolicyScope.Tenant && v.ScopeId == tenantId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static List<ITable> TablesDependentsFirst(IModel model)
    {
        var owned = model.GetRelationalModel().Tables
            .Where(t => t.Columns.Any(c => c.Name == "tenant_id") && t.Schema is not ("kernel" or "hangfire"))
            .ToList();
        var ordered = new List<ITable>();
        var visited = new HashSet<ITable>();
        foreach (var table in owned)
            Visit(table);
        return ordered;

        // Every owned table that references this one is listed before it, so references go before their targets.
        void Visit(ITable table)
        {
            if (!visited.Add(table))
                return;
            foreach (var dependent in owned.Where(other => other.ForeignKeyConstraints.Any(fk => fk.PrincipalTable == table)))
                Visit(dependent);
            ordered.Add(table);
        }
    }
}
