using Commerce.Application.Dtos;
using Commerce.Catalog.Products;
using Commerce.Domain.Repositories;
using Commerce.Permissions;
using Commerce.Users;

namespace Commerce.Inventory;

/// <summary>Stock per variant for the backoffice: the list, the low-stock view, changes singly and in bulk, and history.</summary>
public sealed class StockAppService(
    IPermissionChecker permissions, IStockItemRepository items, IProductRepository products, IRepository<StockMovement> movements,
    InventoryManager manager, ICurrentUser currentUser, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IStockAppService
{
    public async Task<PagedResultDto<StockItemDto>> GetListAsync(GetStockListInput input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Default, ct);
        var query = StockQuery.Filter(StockQuery.Rows(products, items), input.Filter, input.State);
        var total = await executor.CountAsync(query, ct);
        var page = query.OrderBy(r => (r.OnHand ?? 0) - (r.Reserved ?? 0)).ThenBy(r => r.ProductTitle).ThenBy(r => r.VariantId)
            .Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<StockItemDto> { TotalCount = total, Items = (await executor.ToListAsync(page, ct)).ConvertAll(r => r.ToDto()) };
    }

    public async Task<StockItemDto> GetAsync(Guid variantId, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Default, ct);
        return await ReadAsync(variantId, ct);
    }

    public async Task<StockItemDto> ChangeAsync(Guid variantId, ChangeStockDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Adjust, ct);
        await ChangeAsync([new StockChange(variantId, input.Quantity, input.Reason, input.Note)], ct);
        return await ReadAsync(variantId, ct);
    }

    public async Task<IReadOnlyList<StockItemDto>> ChangeManyAsync(ChangeStockManyDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Adjust, ct);
        await ChangeAsync([.. input.Items.Select(i => new StockChange(i.VariantId, i.Quantity, i.Reason, i.Note))], ct);
        var ids = input.Items.Select(i => i.VariantId).ToList();
        var rows = await executor.ToListAsync(StockQuery.Rows(products, items).Where(r => ids.Contains(r.VariantId)), ct);
        return [.. ids.Select(id => rows.Single(r => r.VariantId == id).ToDto())];
    }

    public async Task<StockItemDto> SetLowStockThresholdAsync(Guid variantId, SetLowStockThresholdDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Adjust, ct);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await manager.ChangeThresholdAsync(variantId, input.Threshold, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await ReadAsync(variantId, ct);
    }

    public async Task<PagedResultDto<StockMovementDto>> GetMovementsAsync(Guid variantId, PagedRequestDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Default, ct);
        if (await products.CountVariantsAsync([variantId], ct) == 0)
            throw new EntityNotFoundException(typeof(ProductVariant), variantId);
        var query = movements.Query().Where(m => m.VariantId == variantId);
        var total = await executor.CountAsync(query, ct);
        var page = query.OrderByDescending(m => m.Time).ThenByDescending(m => m.Id).Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<StockMovementDto> { TotalCount = total, Items = await executor.ToListAsync(StockMapper.ProjectToDto(page), ct) };
    }

    private async Task ChangeAsync(IReadOnlyList<StockChange> changes, CancellationToken ct)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await manager.ChangeAsync(changes, currentUser.Id, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task<StockItemDto> ReadAsync(Guid variantId, CancellationToken ct) =>
        (await executor.FirstOrDefaultAsync(StockQuery.Rows(products, items).Where(r => r.VariantId == variantId), ct))?.ToDto()
        ?? throw new EntityNotFoundException(typeof(ProductVariant), variantId);
}
