namespace Commerce.Catalog.Products;

/// <summary>A product's variants; each change answers the whole product, with its new version.</summary>
public interface IProductVariantAppService
{
    Task<ProductDto> AddAsync(Guid productId, CreateProductVariantDto input, CancellationToken ct);

    Task<ProductDto> UpdateAsync(Guid productId, Guid variantId, UpdateProductVariantDto input, CancellationToken ct);

    /// <summary>Deletes a variant; the product keeps at least one.</summary>
    Task<ProductDto> DeleteAsync(Guid productId, Guid variantId, uint version, CancellationToken ct);

    /// <summary>Adds a variant for every combination of option values that has none.</summary>
    Task<ProductDto> GenerateAsync(Guid productId, GenerateVariantsDto input, CancellationToken ct);

    Task<ProductDto> SetStorePricesAsync(Guid productId, Guid variantId, SetVariantStorePricesDto input, CancellationToken ct);
}
