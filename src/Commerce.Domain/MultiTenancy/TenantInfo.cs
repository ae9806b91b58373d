namespace Commerce.MultiTenancy;

/// <summary>What request handling needs to know about a tenant; cached, so it holds no aggregate.</summary>
public sealed record TenantInfo(Guid Id, string Slug, string Name, TenantStatus Status, Guid? EditionId)
{
    public bool IsActive => Status == TenantStatus.Active;
}
