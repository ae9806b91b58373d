using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Inventory;

/// <summary>A tenant's inventory defaults; one row per tenant, made on first change.</summary>
public sealed class InventorySettings : AggregateRoot, IMultiTenant
{
    private InventorySettings()
    {
    }

    internal InventorySettings(Guid id)
        : base(id)
    {
        DefaultLowStockThreshold = InventoryConsts.DefaultLowStockThreshold;
        LowStockAlertsEnabled = true;
    }

    public Guid TenantId { get; private set; }

    /// <summary>The threshold of every variant that has none of its own.</summary>
    public int DefaultLowStockThreshold { get; private set; }

    /// <summary>Whether the owners get an email when a variant runs low.</summary>
    public bool LowStockAlertsEnabled { get; private set; }

    public void Change(int defaultLowStockThreshold, bool lowStockAlertsEnabled)
    {
        if (defaultLowStockThreshold is < 0 or > InventoryConsts.MaxQuantity)
            throw new BusinessException(CommerceErrorCodes.Inventory.InvalidQuantity, BusinessErrorKind.Invalid).WithData("threshold", defaultLowStockThreshold);
        DefaultLowStockThreshold = defaultLowStockThreshold;
        LowStockAlertsEnabled = lowStockAlertsEnabled;
    }
}
