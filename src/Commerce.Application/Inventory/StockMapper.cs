using Riok.Mapperly.Abstractions;

namespace Commerce.Inventory;

[Mapper]
internal static partial class StockMapper
{
    [MapperIgnoreSource(nameof(StockItem.DomainEvents))]
    [MapperIgnoreSource(nameof(StockItem.TenantId))]
    [MapperIgnoreSource(nameof(StockItem.Id))]
    public static partial StockItemDto ToDto(StockItem item);

    public static partial IQueryable<StockItemDto> ProjectToDto(IQueryable<StockItem> query);

    public static partial IQueryable<StockMovementDto> ProjectToDto(IQueryable<StockMovement> query);

    [MapperIgnoreSource(nameof(StockMovement.DomainEvents))]
    [MapperIgnoreSource(nameof(StockMovement.TenantId))]
    [MapperIgnoreSource(nameof(StockMovement.Version))]
    private static partial StockMovementDto ToDto(StockMovement movement);
}
