using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.Permissions;

namespace Commerce.Catalog.Products;

/// <summary>Changes a product's variants: each change checks the product's version and moves it on.</summary>
public sealed class ProductVariantAppService(
    IPermissionChecker permissions, IProductRepository products, ProductManager productManager, IGuidGenerator guids, IUnitOfWork unitOfWork)
    : IProductVariantAppService
{
    public Task<ProductDto> AddAsync(Guid productId, CreateProductVariantDto input, CancellationToken ct) =>
        ChangeAsync(productId, input.Version, product => product.AddVariant(guids.Create(), input.OptionValues, ProductMapper.ToDetails(input)), ct);

    public Task<ProductDto> UpdateAsync(Guid productId, Guid variantId, UpdateProductVariantDto input, CancellationToken ct) =>
        ChangeAsync(productId, input.Version, product => product.UpdateVariant(variantId, ProductMapper.ToDetails(input)), ct);

    public Task<ProductDto> DeleteAsync(Guid productId, Guid variantId, uint version, CancellationToken ct) =>
        ChangeAsync(productId, version, product => product.RemoveVariant(variantId), ct);

    public Task<ProductDto> GenerateAsync(Guid productId, GenerateVariantsDto input, CancellationToken ct) =>
        ChangeAsync(productId, input.Version, product => product.GenerateVariants(guids), ct);

    public async Task<ProductDto> SetStorePricesAsync(Guid productId, Guid variantId, SetVariantStorePricesDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Edit, ct);
        await productManager.EnsureStoresAsync(input.Prices.Select(p => p.StoreId), ct);
        return await ChangeAsync(productId, input.Version, product =>
        {
            if (input.Prices.DistinctBy(p => p.StoreId).Count() != input.Prices.Count)
                throw new BusinessException(CommerceErrorCodes.Catalog.InvalidStoreIds, BusinessErrorKind.Invalid);
            product.SetStorePrices(variantId, input.Prices.ToDictionary(p => p.StoreId, p => p.Price));
        }, ct);
    }

    private async Task<ProductDto> ChangeAsync(Guid productId, uint version, Action<Product> change, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Edit, ct);
        var product = await products.GetAsync(productId, ct);
        product.EnsureVersion(version);
        change(product);
        await productManager.CheckSkusAsync(product, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ProductMapper.ToDto(product);
    }
}
