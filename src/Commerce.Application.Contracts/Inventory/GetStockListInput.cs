using System.ComponentModel.DataAnnotations;
using Commerce.Application.Dtos;

namespace Commerce.Inventory;

public sealed record GetStockListInput : PagedRequestDto
{
    /// <summary>Part of the product title or the SKU.</summary>
    [StringLength(128)]
    public string? Filter { get; init; }

    /// <summary>Only variants in this state; LowStock is the low-stock view.</summary>
    public StockState? State { get; init; }
}
