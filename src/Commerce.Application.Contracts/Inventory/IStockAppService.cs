using Commerce.Application.Dtos;

namespace Commerce.Inventory;

public interface IStockAppService
{
    Task<PagedResultDto<StockItemDto>> GetListAsync(GetStockListInput input, CancellationToken ct);

    Task<StockItemDto> GetAsync(Guid variantId, CancellationToken ct);

    Task<StockItemDto> ChangeAsync(Guid variantId, ChangeStockDto input, CancellationToken ct);

    Task<IReadOnlyList<StockItemDto>> ChangeManyAsync(ChangeStockManyDto input, CancellationToken ct);

    Task<StockItemDto> SetLowStockThresholdAsync(Guid variantId, SetLowStockThresholdDto input, CancellationToken ct);

    /// <summary>The variant's movements, newest first.</summary>
    Task<PagedResultDto<StockMovementDto>> GetMovementsAsync(Guid variantId, PagedRequestDto input, CancellationToken ct);
}
