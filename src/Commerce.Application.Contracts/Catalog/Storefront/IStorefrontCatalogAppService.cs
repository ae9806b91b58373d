namespace Commerce.Catalog.Storefront;

/// <summary>
/// The catalog as shoppers see it, for anyone: only the store's active products and visible categories, read as the
/// current tenant (the store's). No permission is checked: it shows what the store publishes.
/// </summary>
public interface IStorefrontCatalogAppService
{
    Task<StorefrontHomeDto> GetHomeAsync(Guid storeId, CancellationToken ct);

    /// <summary>The visible categories, in tree order (parents before children, siblings by position).</summary>
    Task<IReadOnlyList<StorefrontCategoryDto>> GetCategoriesAsync(CancellationToken ct);

    Task<StorefrontProductListDto> GetProductListAsync(GetStorefrontProductListInput input, CancellationToken ct);

    /// <summary>The product with this handle when the store sells it; null otherwise.</summary>
    Task<StorefrontProductDto?> FindProductAsync(Guid storeId, string handle, CancellationToken ct);

    /// <summary>
    /// The picture of each variant, keyed by variant id: the variant's own image, else its product's first one; a
    /// variant with neither is left out. For cart and order lines, so whether the product is still sold does not
    /// matter. One query, however many variants.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, StorefrontImageDto>> GetVariantImagesAsync(IReadOnlyCollection<StorefrontVariantRefDto> variants, CancellationToken ct);
}
