namespace Commerce.MultiTenancy;

/// <summary>Deletes every row a tenant owns, in every module's tables, dependents first, in one transaction.</summary>
public interface ITenantDataPurger
{
    Task PurgeAsync(Guid tenantId, CancellationToken ct);
}
