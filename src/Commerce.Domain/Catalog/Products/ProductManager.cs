using Commerce.Catalog.AttributeSets;
using Commerce.Catalog.Categories;
using Commerce.Features;
using Commerce.Guids;
using Commerce.Stores;

namespace Commerce.Catalog.Products;

/// <summary>Creates products within the plan's limit and keeps handles and SKUs unique; checks what products refer to.</summary>
public sealed class ProductManager(
    IProductRepository products, IAttributeSetRepository attributeSets, ICategoryRepository categories, IStoreRepository stores,
    IFeatureChecker features, IGuidGenerator guids)
{
    /// <summary>Refuses store ids that are not the tenant's stores (publishing, per-store prices).</summary>
    public async Task EnsureStoresAsync(IEnumerable<Guid> storeIds, CancellationToken ct)
    {
        var ids = storeIds.Distinct().ToList();
        if (ids.Count > 0 && await stores.CountExistingAsync(ids, ct) != ids.Count)
            throw new BusinessException(CommerceErrorCodes.Catalog.StoreNotFound, BusinessErrorKind.Invalid);
    }

    /// <summary>A draft product with one default variant. Call it holding the creation lock, so the limit is exact.</summary>
    public async Task<Product> CreateAsync(string title, string? handle, VariantDetails defaultVariant, CancellationToken ct)
    {
        await features.EnsureBelowLimitAsync(CommerceFeatures.Catalog.MaxProductCount, products.CountAsync, CommerceErrorCodes.Catalog.ProductLimitReached, ct);
        var checkedHandle = await CheckHandleAsync(CatalogHandle.From(handle, title), null, ct);
        var product = new Product(guids.Create(), title, checkedHandle, guids.Create(), defaultVariant);
        await CheckSkusAsync(product, ct);
        return product;
    }

    public async Task ChangeHandleAsync(Product product, string handle, CancellationToken ct)
    {
        var normalized = CatalogHandle.Check(handle);
        if (normalized != product.Handle)
            product.ChangeHandle(await CheckHandleAsync(normalized, product.Id, ct));
    }

    /// <summary>Puts the product on an attribute set (or none) with values checked against it.</summary>
    public async Task SetAttributesAsync(Product product, Guid? attributeSetId, IEnumerable<AttributeValue> values, CancellationToken ct)
    {
        AttributeSet? set = null;
        if (attributeSetId is { } id)
        {
            set = await attributeSets.FindAsync(id, ct)
                ?? throw new BusinessException(CommerceErrorCodes.Catalog.AttributeSetNotFound, BusinessErrorKind.Invalid).WithData("id", id);
        }

        product.SetAttributes(set, values);
    }

    /// <summary>Puts the product in exactly these categories, each of which must exist.</summary>
    public async Task SetCategoriesAsync(Product product, IEnumerable<Guid> categoryIds, CancellationToken ct)
    {
        var ids = categoryIds.Distinct().ToList();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ids.Count, ProductConsts.MaxCategoryCount, nameof(categoryIds));
        if (ids.Count > 0)
        {
            var tree = await categories.GetTreeAsync(ct);
            var missing = ids.Where(id => !tree.Contains(id)).Select(id => (Guid?)id).FirstOrDefault();
            if (missing is not null)
                throw new BusinessException(CommerceErrorCodes.Catalog.CategoryNotFound, BusinessErrorKind.Invalid).WithData("id", missing);
        }

        product.SetCategories(ids);
    }

    /// <summary>
    /// A friendly check that no other product's variant has one of this product's SKUs; the unique index on
    /// (tenant_id, sku) is the guarantee.
    /// </summary>
    public async Task CheckSkusAsync(Product product, CancellationToken ct)
    {
        var skus = product.Variants.Select(v => v.Sku).OfType<string>().ToList();
        if (skus.Count > 0 && await products.FindTakenSkuAsync(skus, product.Variants.Select(v => v.Id).ToList(), ct) is { } taken)
            throw new BusinessException(CommerceErrorCodes.Catalog.DuplicateSku).WithData("sku", taken);
    }

    /// <summary>A friendly check before the save; the unique index on (tenant_id, handle) is the guarantee.</summary>
    private async Task<string> CheckHandleAsync(string handle, Guid? exceptId, CancellationToken ct) =>
        await products.HandleExistsAsync(handle, exceptId, ct)
            ? throw new BusinessException(CommerceErrorCodes.Catalog.DuplicateProductHandle).WithData("handle", handle)
            : handle;
}
