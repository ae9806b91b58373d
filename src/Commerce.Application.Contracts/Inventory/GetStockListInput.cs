using Commerce.Application.Dtos;

namespace Commerce.Inventory;

public sealed record GetStockListInput : PagedRequestDto
{
    /// <summary>Only variants at or below their low-stock threshold (the low-stock view).</summary>
    public bool LowOnly { get; init; }
}
