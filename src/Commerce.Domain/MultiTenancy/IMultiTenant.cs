namespace Commerce.MultiTenancy;

/// <summary>
/// A row owned by one tenant. The unit of work stamps <see cref="TenantId"/> on insert from
/// <see cref="ICurrentTenant"/> and refuses to change it; a query filter and PostgreSQL row-level security hide
/// other tenants' rows.
/// </summary>
public interface IMultiTenant
{
    Guid TenantId { get; }
}
