using Riok.Mapperly.Abstractions;

namespace Commerce.Catalog.ProductTransfers;

[Mapper]
internal static partial class ProductTransferMapper
{
    [MapperIgnoreSource(nameof(ProductImport.TenantId))]
    [MapperIgnoreSource(nameof(ProductImport.DomainEvents))]
    [MapperIgnoreSource(nameof(ProductImport.Version))]
    public static partial ProductImportDto ToDto(ProductImport import);

    public static partial ProductImportErrorDto ToDto(ProductImportError error);

    public static partial IQueryable<ProductImportListItemDto> ProjectToListItem(IQueryable<ProductImport> query);

    [MapperIgnoreSource(nameof(ProductImport.TenantId))]
    [MapperIgnoreSource(nameof(ProductImport.DomainEvents))]
    [MapperIgnoreSource(nameof(ProductImport.Version))]
    [MapperIgnoreSource(nameof(ProductImport.CreatorId))]
    [MapperIgnoreSource(nameof(ProductImport.Errors))]
    [MapperIgnoreSource(nameof(ProductImport.StartTime))]
    private static partial ProductImportListItemDto ToListItem(ProductImport import);
}
