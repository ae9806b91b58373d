using System.ComponentModel.DataAnnotations;

namespace Commerce.Inventory;

/// <summary>Several changes applied all together or not at all; each variant at most once.</summary>
public sealed record ChangeStockManyDto
{
    [Required]
    [MinLength(1)]
    [MaxLength(InventoryConsts.MaxBulkItems)]
    public IReadOnlyList<BulkStockChangeDto> Items { get; init; } = [];
}
