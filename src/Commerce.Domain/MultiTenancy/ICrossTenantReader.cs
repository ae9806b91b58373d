namespace Commerce.MultiTenancy;

/// <summary>
/// The one way host-side code reads tenant-owned rows across tenants (platform reports, purge jobs). It runs
/// only in the host context, is read-only, and records who read what and why before the read.
/// </summary>
public interface ICrossTenantReader
{
    Task<List<TResult>> ReadAsync<TEntity, TResult>(
        string reason, Func<IQueryable<TEntity>, IQueryable<TResult>> query, CancellationToken ct)
        where TEntity : class, IMultiTenant;
}
