namespace Commerce.MultiTenancy;

/// <summary>A platform row that holds host rows (no tenant) and tenant rows side by side: users, roles, settings.</summary>
public interface IMayHaveTenant
{
    Guid? TenantId { get; }
}
