using Commerce.EntityFrameworkCore.Schema;
using Commerce.Guids;
using Commerce.MultiTenancy;
using Commerce.Users;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.MultiTenancy;

/// <summary>
/// Lifts the tenant filter (only that one, by name) and sets the cross-tenant flag that the read-only RLS policy
/// honours, both for one transaction, after writing the audit record in that same transaction.
/// </summary>
internal sealed class CrossTenantReader(
    CommerceDbContext db, ICurrentTenant currentTenant, ICurrentUser currentUser, IGuidGenerator guids, TimeProvider clock)
    : ICrossTenantReader
{
    public async Task<List<TResult>> ReadAsync<TEntity, TResult>(
        string reason, Func<IQueryable<TEntity>, IQueryable<TResult>> query, CancellationToken ct)
        where TEntity : class, IMultiTenant
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (currentTenant.IsAvailable)
            throw new BusinessException(CommerceErrorCodes.Forbidden, BusinessErrorKind.Forbidden);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.CrossTenantAccesses.Add(new CrossTenantAccess
        {
            Id = guids.Create(),
            UserId = currentUser.Id,
            EntityName = typeof(TEntity).Name,
            Reason = reason.Length > 512 ? reason[..512] : reason,
            OccurredAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT set_config({RowLevelSecurity.CrossTenantSettingName}, 'on', true)", ct);
        var rows = await query(db.Set<TEntity>().AsNoTracking().IgnoreQueryFilters([QueryFilters.Tenant])).ToListAsync(ct);
        await transaction.CommitAsync(ct);
        return rows;
    }
}
