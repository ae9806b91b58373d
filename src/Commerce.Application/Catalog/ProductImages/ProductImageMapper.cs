using Riok.Mapperly.Abstractions;

namespace Commerce.Catalog.ProductImages;

[Mapper]
internal static partial class ProductImageMapper
{
    [MapperIgnoreSource(nameof(ProductImage.TenantId))]
    [MapperIgnoreSource(nameof(ProductImage.OriginalBlobName))]
    [MapperIgnoreSource(nameof(ProductImage.Variants))]
    [MapperIgnoreSource(nameof(ProductImage.DomainEvents))]
    [MapperIgnoreSource(nameof(ProductImage.CreatorId))]
    [MapperIgnoreSource(nameof(ProductImage.LastModificationTime))]
    [MapperIgnoreSource(nameof(ProductImage.LastModifierId))]
    public static partial ProductImageDto ToDto(ProductImage image);
}
