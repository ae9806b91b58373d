using Commerce.Application.Dtos;
using Commerce.Domain.Repositories;
using Commerce.Permissions;
using Commerce.Users;

namespace Commerce.Inventory;

/// <summary>Stock per variant for the backoffice: the list, the low-stock view, changes singly and in bulk, and history.</summary>
public sealed class StockAppService(
    IPermissionChecker permissions, IStockItemRepository items, IRepository<StockMovement> movements, InventoryManager manager,
    ICurrentUser currentUser, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IStockAppService
{
    public async Task<PagedResultDto<StockItemDto>> GetListAsync(GetStockListInput input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Default, ct);
        var query = input.LowOnly ? items.Query().Where(i => i.IsLow) : items.Query();
        var total = await executor.CountAsync(query, ct);
        var page = query.OrderBy(i => i.OnHand - i.Reserved).ThenBy(i => i.VariantId).Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<StockItemDto> { TotalCount = total, Items = await executor.ToListAsync(StockMapper.ProjectToDto(page), ct) };
    }

    public async Task<StockItemDto> GetAsync(Guid variantId, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Default, ct);
        return await executor.FirstOrDefaultAsync(StockMapper.ProjectToDto(items.Query().Where(i => i.VariantId == variantId)), ct)
            ?? throw new EntityNotFoundException(typeof(StockItem), variantId);
    }

    public async Task<StockItemDto> ChangeAsync(Guid variantId, ChangeStockDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Adjust, ct);
        var changed = await ChangeAsync([new StockChange(variantId, input.Quantity, input.Reason, input.Note)], ct);
        return changed[0];
    }

    public async Task<IReadOnlyList<StockItemDto>> ChangeManyAsync(ChangeStockManyDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Adjust, ct);
        return await ChangeAsync([.. input.Items.Select(i => new StockChange(i.VariantId, i.Quantity, i.Reason, i.Note))], ct);
    }

    public async Task<StockItemDto> SetLowStockThresholdAsync(Guid variantId, SetLowStockThresholdDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Adjust, ct);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        var item = await manager.ChangeThresholdAsync(variantId, input.Threshold, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return StockMapper.ToDto(item);
    }

    public async Task<PagedResultDto<StockMovementDto>> GetMovementsAsync(Guid variantId, PagedRequestDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Default, ct);
        if (!await executor.AnyAsync(items.Query().Where(i => i.VariantId == variantId), ct))
            throw new EntityNotFoundException(typeof(StockItem), variantId);
        var query = movements.Query().Where(m => m.VariantId == variantId);
        var total = await executor.CountAsync(query, ct);
        var page = query.OrderByDescending(m => m.Time).ThenByDescending(m => m.Id).Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<StockMovementDto> { TotalCount = total, Items = await executor.ToListAsync(StockMapper.ProjectToDto(page), ct) };
    }

    private async Task<List<StockItemDto>> ChangeAsync(IReadOnlyList<StockChange> changes, CancellationToken ct)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        var changed = await manager.ChangeAsync(changes, currentUser.Id, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return changed.ConvertAll(StockMapper.ToDto);
    }
}
