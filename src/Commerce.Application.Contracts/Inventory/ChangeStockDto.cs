using System.ComponentModel.DataAnnotations;

namespace Commerce.Inventory;

/// <summary>
/// A change by a number (received, returned, adjusted: <see cref="Quantity"/> is added, negative to remove) or a
/// count (counted: <see cref="Quantity"/> is the new quantity on hand). Sales come from orders only.
/// </summary>
public record ChangeStockDto
{
    [Range(-InventoryConsts.MaxQuantity, InventoryConsts.MaxQuantity)]
    public int Quantity { get; init; }

    public StockMovementReason Reason { get; init; } = StockMovementReason.Adjusted;

    [StringLength(InventoryConsts.NoteMaxLength)]
    public string? Note { get; init; }
}
