namespace Commerce.MultiTenancy;

public enum TenantStatus
{
    Active,
    Suspended,
}
