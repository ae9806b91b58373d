using Commerce.Application.Dtos;
using Commerce.Catalog.Categories;
using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.Permissions;

namespace Commerce.Catalog.Products;

public sealed class ProductAppService(
    IPermissionChecker permissions, IProductRepository products, ProductManager productManager, ICategoryRepository categories,
    IGuidGenerator guids, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IProductAppService
{
    public async Task<ProductDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Default, ct);
        return ProductMapper.ToDto(await products.GetAsync(id, ct));
    }

    public async Task<PagedResultDto<ProductListItemDto>> GetListAsync(GetProductListInput input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Default, ct);
        IReadOnlyList<Guid>? categoryIds = input.CategoryId is not { } categoryId ? null
            : input.IncludeSubcategories ? (await categories.GetTreeAsync(ct)).SelfAndDescendants(categoryId) : [categoryId];
        var criteria = new ProductSearchCriteria
        {
            Text = input.Filter, Status = input.Status, CategoryIds = categoryIds, StoreId = input.StoreId, StockState = input.StockState, Sort = input.Sort, Descending = input.Descending,
        };
        var page = await products.SearchAsync(criteria, input.SkipCount, input.MaxResultCount, ct);
        var rows = await executor.ToListAsync(ProductMapper.ProjectToListItem(products.Query().Where(p => page.Ids.Contains(p.Id))), ct);
        var byId = rows.ToDictionary(r => r.Id);
        return new PagedResultDto<ProductListItemDto> { TotalCount = page.TotalCount, Items = page.Ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList() };
    }

    /// <summary>Counted against the plan's limit under a per-tenant lock, so concurrent creates never pass it.</summary>
    public async Task<ProductDto> CreateAsync(CreateProductDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Create, ct);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await products.LockForCreateAsync(ct);
        var product = await productManager.CreateAsync(input.Title, input.Handle, ProductMapper.ToDetails(input), ct);
        await productManager.EnsureStoresAsync(input.StoreIds, ct);
        Apply(product, input.Description, input.SeoTitle, input.SeoDescription, input.Tags, input.StoreIds);
        await productManager.SetCategoriesAsync(product, input.CategoryIds, ct);
        await productManager.SetAttributesAsync(product, input.AttributeSetId, ProductMapper.ToValues(input.AttributeValues), ct);
        if (input.Options.Count > 0)
            product.SetOptions(ProductMapper.ToOptions(input.Options), guids);
        await products.AddAsync(product, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ProductMapper.ToDto(product);
    }

    public async Task<ProductDto> UpdateAsync(Guid id, UpdateProductDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Edit, ct);
        var product = await products.GetAsync(id, ct);
        product.EnsureVersion(input.Version);
        product.Rename(input.Title);
        await productManager.ChangeHandleAsync(product, input.Handle, ct);
        await productManager.EnsureStoresAsync(input.StoreIds, ct);
        Apply(product, input.Description, input.SeoTitle, input.SeoDescription, input.Tags, input.StoreIds);
        await productManager.SetCategoriesAsync(product, input.CategoryIds, ct);
        await productManager.SetAttributesAsync(product, input.AttributeSetId, ProductMapper.ToValues(input.AttributeValues), ct);
        if (!SameOptions(product.Options, input.Options))
            product.SetOptions(ProductMapper.ToOptions(input.Options), guids);
        await unitOfWork.SaveChangesAsync(ct);
        return ProductMapper.ToDto(product);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Delete, ct);
        products.Remove(await products.GetAsync(id, ct));
        await unitOfWork.SaveChangesAsync(ct);
    }

    public Task<ProductDto> ActivateAsync(Guid id, CancellationToken ct) => ChangeStatusAsync(id, p => p.Activate(), ct);

    public Task<ProductDto> ArchiveAsync(Guid id, CancellationToken ct) => ChangeStatusAsync(id, p => p.Archive(), ct);

    public Task<ProductDto> MoveToDraftAsync(Guid id, CancellationToken ct) => ChangeStatusAsync(id, p => p.MoveToDraft(), ct);

    private async Task<ProductDto> ChangeStatusAsync(Guid id, Action<Product> change, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Edit, ct);
        var product = await products.GetAsync(id, ct);
        change(product);
        await unitOfWork.SaveChangesAsync(ct);
        return ProductMapper.ToDto(product);
    }

    private static void Apply(
        Product product, string? description, string? seoTitle, string? seoDescription, IEnumerable<string> tags, IEnumerable<Guid> storeIds)
    {
        product.Describe(description);
        product.SetSeo(seoTitle, seoDescription);
        product.SetTags(tags);
        product.PublishTo(storeIds);
    }

    private static bool SameOptions(IReadOnlyList<ProductOption> current, IReadOnlyList<ProductOptionDto> wanted) =>
        current.Count == wanted.Count && current.Zip(wanted).All(pair =>
            string.Equals(pair.First.Name, pair.Second.Name.Trim(), StringComparison.Ordinal)
            && pair.First.Values.SequenceEqual(pair.Second.Values.Select(v => v.Trim()), StringComparer.Ordinal));
}
