using System.ComponentModel.DataAnnotations;

namespace Commerce.Inventory;

public sealed record InventorySettingsDto
{
    [Range(0, InventoryConsts.MaxQuantity)]
    public int DefaultLowStockThreshold { get; init; }

    public bool LowStockAlertsEnabled { get; init; }
}
