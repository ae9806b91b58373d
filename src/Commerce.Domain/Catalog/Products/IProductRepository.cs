using Commerce.Domain.Repositories;

namespace Commerce.Catalog.Products;

/// <summary>Products, always loaded with their variants, store prices and categories.</summary>
public interface IProductRepository : IRepository<Product>
{
    Task<int> CountAsync(CancellationToken ct);

    /// <summary>The ids of a product's live variants, or null when the tenant has no such product.</summary>
    Task<IReadOnlyList<Guid>?> FindVariantIdsAsync(Guid productId, CancellationToken ct);

    /// <summary>How many of these ids are live variants of the tenant's products.</summary>
    Task<int> CountVariantsAsync(IReadOnlyCollection<Guid> variantIds, CancellationToken ct);

    /// <summary>A page of the ids of the products that match, in the criteria's order, with the total.</summary>
    Task<ProductSearchPage> SearchAsync(ProductSearchCriteria criteria, int skip, int take, CancellationToken ct);

    Task<bool> HandleExistsAsync(string handle, Guid? exceptId, CancellationToken ct);

    /// <summary>One of the SKUs that a variant other than the given ones (of any product of the tenant) has; null when none is taken.</summary>
    Task<string?> FindTakenSkuAsync(IReadOnlyCollection<string> skus, IReadOnlyCollection<Guid> exceptVariantIds, CancellationToken ct);

    Task<int> CountByAttributeSetAsync(Guid attributeSetId, CancellationToken ct);

    /// <summary>Takes the category off every product at once, in the current transaction.</summary>
    Task RemoveCategoryAsync(Guid categoryId, CancellationToken ct);

    /// <summary>
    /// Serializes product creation within the tenant until the current transaction ends, so the plan's product
    /// limit is counted exactly under concurrent creates.
    /// </summary>
    Task LockForCreateAsync(CancellationToken ct);
}
