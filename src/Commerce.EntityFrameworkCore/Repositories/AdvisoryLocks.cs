using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Repositories;

internal static class AdvisoryLocks
{
    /// <summary>
    /// Takes a PostgreSQL advisory lock for one resource of the current tenant, held until the current transaction
    /// ends; concurrent holders of the same resource of the same tenant wait in turn.
    /// </summary>
    public static async Task LockForTransactionAsync(CommerceDbContext db, string resource, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A transaction-scoped lock needs a transaction.");
        var tenantId = db.CurrentTenantId
            ?? throw new BusinessException(CommerceErrorCodes.MultiTenancy.TenantRequired, BusinessErrorKind.Invalid);
        var key = $"{resource}:{tenantId:N}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", ct);
    }
}
