using Riok.Mapperly.Abstractions;

namespace Commerce.Inventory;

[Mapper]
internal static partial class StockMapper
{
    public static partial IQueryable<StockMovementDto> ProjectToDto(IQueryable<StockMovement> query);

    [MapperIgnoreSource(nameof(StockMovement.DomainEvents))]
    [MapperIgnoreSource(nameof(StockMovement.TenantId))]
    [MapperIgnoreSource(nameof(StockMovement.Version))]
    private static partial StockMovementDto ToDto(StockMovement movement);
}
