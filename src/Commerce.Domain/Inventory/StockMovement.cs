using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Inventory;

/// <summary>One change of stock on hand, who made it and why; an append-only history.</summary>
public sealed class StockMovement : AggregateRoot, IMultiTenant
{
    private StockMovement()
    {
    }

    internal StockMovement(Guid id, StockItem item, int quantity, StockMovementReason reason, Guid? userId, string? reference, string? note, DateTimeOffset time)
        : base(id)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reference?.Length ?? 0, InventoryConsts.ReferenceMaxLength, nameof(reference));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(note?.Length ?? 0, InventoryConsts.NoteMaxLength, nameof(note));
        VariantId = item.VariantId;
        Quantity = quantity;
        OnHandAfter = item.OnHand;
        Reason = reason;
        UserId = userId;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Time = time;
    }

    public Guid TenantId { get; private set; }

    public Guid VariantId { get; private set; }

    /// <summary>The change, positive or negative.</summary>
    public int Quantity { get; private set; }

    public int OnHandAfter { get; private set; }

    public StockMovementReason Reason { get; private set; }

    /// <summary>The staff member who made it; null for the system (checkout, jobs).</summary>
    public Guid? UserId { get; private set; }

    /// <summary>What it belongs to, such as an order number.</summary>
    public string? Reference { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset Time { get; private set; }
}
