using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Inventory;

/// <summary>Units held for a checkout until it completes, is abandoned or expires.</summary>
public sealed class StockReservation : AggregateRoot, IMultiTenant
{
    private StockReservation()
    {
        Reference = string.Empty;
    }

    internal StockReservation(Guid id, Guid variantId, int quantity, string reference, DateTimeOffset expiresAt)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reference.Length, InventoryConsts.ReferenceMaxLength, nameof(reference));
        VariantId = variantId;
        Quantity = quantity;
        Reference = reference;
        ExpiresAt = expiresAt;
    }

    public Guid TenantId { get; private set; }

    public Guid VariantId { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>The checkout or order that holds the units.</summary>
    public string Reference { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
