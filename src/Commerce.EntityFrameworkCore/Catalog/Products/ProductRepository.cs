using Commerce.Catalog.Products;
using Commerce.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Catalog.Products;

internal sealed class ProductRepository(CommerceDbContext db, IEnumerable<IProductListFilter> listFilters)
    : EfRepository<Product>(db), IProductRepository
{
    public Task<int> CountAsync(CancellationToken ct) => Set.CountAsync(ct);

    public async Task<IReadOnlyList<Guid>?> FindVariantIdsAsync(Guid productId, CancellationToken ct)
    {
        var found = await Set.AsNoTracking().IgnoreAutoIncludes().Where(p => p.Id == productId)
            .Select(p => new { Variants = p.Variants.Select(v => v.Id).ToList() }).FirstOrDefaultAsync(ct);
        return found?.Variants;
    }

    public Task<int> CountVariantsAsync(IReadOnlyCollection<Guid> variantIds, CancellationToken ct) =>
        Db.Set<ProductVariant>().CountAsync(v => variantIds.Contains(v.Id), ct);

    public Task<ProductSearchPage> SearchAsync(ProductSearchCriteria criteria, int skip, int take, CancellationToken ct) =>
        new ProductSearch(Db, listFilters).RunAsync(criteria, skip, take, ct);

    public Task<bool> HandleExistsAsync(string handle, Guid? exceptId, CancellationToken ct) =>
        Set.AnyAsync(p => p.Handle == handle && p.Id != exceptId, ct);

    public Task<string?> FindTakenSkuAsync(IReadOnlyCollection<string> skus, IReadOnlyCollection<Guid> exceptVariantIds, CancellationToken ct) =>
        Db.Set<ProductVariant>().AsNoTracking()
            .Where(v => v.Sku != null && skus.Contains(v.Sku) && !exceptVariantIds.Contains(v.Id))
            .Select(v => v.Sku)
            .FirstOrDefaultAsync(ct);

    public Task<int> CountByAttributeSetAsync(Guid attributeSetId, CancellationToken ct) =>
        Set.CountAsync(p => p.AttributeSetId == attributeSetId, ct);

    public Task RemoveCategoryAsync(Guid categoryId, CancellationToken ct)
    {
        var tenantId = Db.CurrentTenantId ?? throw new BusinessException(CommerceErrorCodes.MultiTenancy.TenantRequired, BusinessErrorKind.Invalid);
        return Db.Database.ExecuteSqlAsync(
            $"DELETE FROM catalog.product_categories WHERE tenant_id = {tenantId} AND category_id = {categoryId}", ct);
    }

    public Task LockForCreateAsync(CancellationToken ct) => AdvisoryLocks.LockForTransactionAsync(Db, "catalog.products", ct);
}
