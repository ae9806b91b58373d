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

    /// <summary>
    /// Takes a PostgreSQL session advisory lock for one resource of the current tenant on the context's connection,
    /// kept open until the returned handle is disposed (which unlocks it); a connection that dies releases it too.
    /// </summary>
    public static async Task<IAsyncDisposable> HoldAsync(CommerceDbContext db, string resource, CancellationToken ct)
    {
        var tenantId = db.CurrentTenantId
            ?? throw new BusinessException(CommerceErrorCodes.MultiTenancy.TenantRequired, BusinessErrorKind.Invalid);
        var key = $"{resource}:{tenantId:N}";
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtextextended({key}, 0))", ct);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }

        return new SessionLock(db, key);
    }

    private sealed class SessionLock(CommerceDbContext db, string key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock(hashtextextended({key}, 0))");
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
