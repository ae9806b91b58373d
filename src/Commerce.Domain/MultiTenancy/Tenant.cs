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

    /// <summary>The plan; null gets every feature's default.</summary>
    public Guid? EditionId { get; private set; }

    public string? SuspensionReason { get; private set; }

    /// <summary>Stops the tenant: its staff cannot sign in, its tokens stop working, its stores show "unavailable".</summary>
    public void Suspend(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Length, TenantConsts.SuspensionReasonMaxLength, nameof(reason));
        if (Status == TenantStatus.Suspended)
            throw new BusinessException(CommerceErrorCodes.MultiTenancy.TenantAlreadySuspended);
        Status = TenantStatus.Suspended;
        SuspensionReason = reason.Trim();
    }

    public void Reactivate()
    {
        if (Status != TenantStatus.Suspended)
            throw new BusinessException(CommerceErrorCodes.MultiTenancy.TenantNotSuspended);
        Status = TenantStatus.Active;
        SuspensionReason = null;
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, TenantConsts.NameMaxLength, nameof(name));
        Name = name.Trim();
    }

    internal void ChangeSlug(string slug) => Slug = slug;

    internal void ChangeEdition(Guid? editionId) => EditionId = editionId;
}
