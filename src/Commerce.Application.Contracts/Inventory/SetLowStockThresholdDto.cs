using System.ComponentModel.DataAnnotations;

namespace Commerce.Inventory;

public sealed record SetLowStockThresholdDto
{
    /// <summary>Null returns the variant to the tenant's default.</summary>
    [Range(0, InventoryConsts.MaxQuantity)]
    public int? Threshold { get; init; }
}
