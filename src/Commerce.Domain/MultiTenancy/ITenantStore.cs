namespace Commerce.MultiTenancy;

/// <summary>Finds a tenant by id or slug for tenant resolution; cached and invalidated when a tenant changes.</summary>
public interface ITenantStore
{
    Task<TenantInfo?> FindAsync(Guid id, CancellationToken ct);

    Task<TenantInfo?> FindAsync(string slug, CancellationToken ct);

    Task InvalidateAsync(TenantInfo tenant, CancellationToken ct);
}
