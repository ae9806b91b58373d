using Commerce.Catalog.Products;
using Commerce.Guids;

namespace Commerce.Catalog.ProductImages;

/// <summary>Adds images to a product's gallery and links them to its variants: the rules that need the other images.</summary>
public sealed class ProductImageManager(IProductImageRepository images, IProductRepository products, IGuidGenerator guids)
{
    /// <summary>A new image at the end of the product's gallery, of an upload already inspected.</summary>
    public async Task<ProductImage> CreateAsync(Guid productId, string contentType, int width, int height, long byteSize, CancellationToken ct)
    {
        await EnsureProductAsync(productId, [], ct);
        var position = await images.GetNextPositionAsync(productId, ct);
        return new ProductImage(guids.Create(), productId, contentType, width, height, byteSize, position);
    }

    /// <summary>
    /// A variant has one image at most. This check names the variant; the unique index on (tenant_id, variant_id)
    /// is the guarantee when two changes race.
    /// </summary>
    public async Task SetVariantsAsync(ProductImage image, IReadOnlyCollection<Guid> variantIds, CancellationToken ct)
    {
        await EnsureProductAsync(image.ProductId, variantIds, ct);
        var taken = await images.FindVariantsWithOtherImageAsync(variantIds, image.Id, ct);
        if (taken.Count > 0)
            throw new BusinessException(CommerceErrorCodes.Media.VariantAlreadyHasImage).WithData("variantId", taken[0]);
        image.SetVariants(variantIds);
    }

    public async Task<IReadOnlyList<ProductImage>> ReorderAsync(Guid productId, IReadOnlyList<Guid> order, CancellationToken ct)
    {
        await EnsureProductAsync(productId, [], ct);
        return ProductImageGallery.Reorder(await images.GetListAsync(productId, ct), order);
    }

    /// <summary>The product must be the tenant's (else 404) and the variants its own.</summary>
    public async Task EnsureProductAsync(Guid productId, IReadOnlyCollection<Guid> variantIds, CancellationToken ct)
    {
        var variants = await products.FindVariantIdsAsync(productId, ct) ?? throw new EntityNotFoundException(typeof(Product), productId);
        var foreign = variantIds.FirstOrDefault(id => !variants.Contains(id));
        if (foreign != Guid.Empty)
            throw new EntityNotFoundException(typeof(ProductVariant), foreign);
    }
}
