using Commerce.Domain.Entities;

namespace Commerce.MultiTenancy;

/// <summary>A merchant's account on the platform: a host-side aggregate, so it carries no tenant id itself.</summary>
public sealed class Tenant : FullAuditedAggregateRoot
{
    private Tenant()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    internal Tenant(Guid id, string name, string slug)
        : base(id)
    {
        Name = string.Empty;
        Slug = slug;
        Rename(name);
        Status = TenantStatus.Active;
    }

    public string Name { get; private set; }

    /// <summary>The tenant's unique, DNS-safe handle: its sub-domain and the name typed at sign-in.</summary>
    public string Slug { get; private set; }

    public TenantStatus Status { get; private set; }

    public bool IsActive => Status == TenantStatus.Active;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, TenantConsts.NameMaxLength, nameof(name));
        Name = name.Trim();
    }

    internal void ChangeSlug(string slug) => Slug = slug;
}
