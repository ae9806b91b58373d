using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Inventory;

/// <summary>
/// The stock of one variant (at one location, when locations come: the key then gains a location id and nothing
/// here changes). Changed only under a row lock taken by the repository, so two checkouts never sell one unit twice.
/// </summary>
public sealed class StockItem : AggregateRoot, IMultiTenant
{
    private StockItem()
    {
    }

    /// <summary>A variant's first stock row, at zero: already at any threshold, so it counts as low without an alert.</summary>
    internal StockItem(Guid id, Guid variantId)
        : base(id)
    {
        VariantId = variantId;
        IsLow = true;
    }

    public Guid TenantId { get; private set; }

    public Guid VariantId { get; private set; }

    public int OnHand { get; private set; }

    /// <summary>Held for checkouts in progress; not available to others, still on the shelf.</summary>
    public int Reserved { get; private set; }

    public int Available => OnHand - Reserved;

    /// <summary>Null: the tenant's default threshold applies.</summary>
    public int? LowStockThreshold { get; private set; }

    /// <summary>Whether the item is at or below its threshold; the alert is raised when this turns true.</summary>
    public bool IsLow { get; private set; }

    public DateTimeOffset? LastMovementTime { get; private set; }

    /// <summary>Changes the quantity on hand by a number; it never goes below zero or below what is reserved.</summary>
    internal void Change(int delta, DateTimeOffset now)
    {
        if (delta == 0)
            throw new BusinessException(CommerceErrorCodes.Inventory.InvalidQuantity, BusinessErrorKind.Invalid).WithData("quantity", delta);
        var onHand = (long)OnHand + delta;
        if (onHand < 0 || onHand > InventoryConsts.MaxQuantity)
            throw new BusinessException(CommerceErrorCodes.Inventory.InvalidQuantity, BusinessErrorKind.Invalid).WithData("quantity", onHand);
        if (onHand < Reserved)
            throw new BusinessException(CommerceErrorCodes.Inventory.StockBelowReserved).WithData("reserved", Reserved);
        OnHand = (int)onHand;
        LastMovementTime = now;
    }

    /// <summary>Takes units away from what is available (a sale without a prior reservation).</summary>
    internal void Take(int quantity, DateTimeOffset now)
    {
        EnsureAvailable(quantity);
        Change(-quantity, now);
    }

    internal void Reserve(int quantity)
    {
        EnsureAvailable(quantity);
        Reserved += quantity;
    }

    internal void Unreserve(int quantity) => Reserved = Math.Max(0, Reserved - quantity);

    public void ChangeLowStockThreshold(int? threshold)
    {
        if (threshold is < 0 or > InventoryConsts.MaxQuantity)
            throw new BusinessException(CommerceErrorCodes.Inventory.InvalidQuantity, BusinessErrorKind.Invalid).WithData("threshold", threshold);
        LowStockThreshold = threshold;
    }

    /// <summary>
    /// Raises <see cref="StockRanLow"/> once when available stock falls from above the threshold to it or below, and
    /// re-arms when it rises above again. Receiving a little stock for a variant that had none is not a fall.
    /// </summary>
    internal void EvaluateLowStock(int tenantDefaultThreshold)
    {
        var threshold = LowStockThreshold ?? tenantDefaultThreshold;
        var low = Available <= threshold;
        if (low && !IsLow)
            AddDomainEvent(new StockRanLow(VariantId, Available, threshold));
        IsLow = low;
    }

    private void EnsureAvailable(int quantity)
    {
        if (quantity <= 0)
            throw new BusinessException(CommerceErrorCodes.Inventory.InvalidQuantity, BusinessErrorKind.Invalid).WithData("quantity", quantity);
        if (quantity > Available)
            throw InsufficientStock(VariantId, Available);
    }

    /// <summary>The refusal of a quantity above what the variant has available.</summary>
    public static BusinessException InsufficientStock(Guid variantId, int available) =>
        new BusinessException(CommerceErrorCodes.Inventory.InsufficientStock).WithData("variant", variantId).WithData("available", available);
}
