using Commerce.Catalog.Categories;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.Products;
using Commerce.Domain.Repositories;
using Commerce.Inventory;
using Commerce.MultiTenancy;
using Commerce.Stores;
using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.Catalog.Storefront;

/// <summary>
/// Public on purpose, so no permission is checked: it reads only what a store publishes (active products of that
/// store, visible categories), as the current tenant, untracked and projected. Categories and product pages are
/// cached per tenant under its catalog tag, which every save of a product, price, category, image or stock row drops
/// (<see cref="IStorefrontCacheEvictor"/>); lists are cached as whole pages by the storefront's output cache.
/// </summary>
internal sealed class StorefrontCatalogAppService(
    IProductRepository products, ICategoryRepository categories, IProductImageRepository images, IStockItemRepository stock,
    StorefrontProductQuery query, IAsyncQueryExecutor executor, TimeProvider clock, HybridCache cache, ICurrentTenant currentTenant)
    : IStorefrontCatalogAppService
{
    private const int HomeProductCount = 8;
    private const int FacetSampleSize = 500;
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = TimeSpan.FromMinutes(10), LocalCacheExpiration = TimeSpan.FromMinutes(1) };

    public async Task<StorefrontHomeDto> GetHomeAsync(Guid storeId, CancellationToken ct)
    {
        var newest = StorefrontProductQuery.Order(query.Visible(storeId), StorefrontSort.Newest).Take(HomeProductCount);
        var rows = await executor.ToListAsync(query.Cards(newest, storeId), ct);
        var roots = (await GetCategoriesAsync(ct)).Where(c => c.ParentId is null).ToList();
        var now = clock.GetUtcNow();
        return new StorefrontHomeDto { Categories = roots, Products = rows.ConvertAll(r => StorefrontProductQuery.ToCard(r, now)) };
    }

    public async Task<IReadOnlyList<StorefrontCategoryDto>> GetCategoriesAsync(CancellationToken ct) =>
        (await CachedAsync("categories", async token => new StorefrontCategoriesSnapshot(await LoadCategoriesAsync(token)), ct))!.Categories;

    private async Task<List<StorefrontCategoryDto>> LoadCategoriesAsync(CancellationToken ct)
    {
        var list = await executor.ToListAsync(categories.Query().Where(c => !c.IsHidden).OrderBy(c => c.Position).ThenBy(c => c.Name)
            .Select(c => new StorefrontCategoryDto { Id = c.Id, Name = c.Name, Handle = c.Handle, ParentId = c.ParentId, Description = c.Description }), ct);
        var children = list.ToLookup(c => c.ParentId);
        var ordered = new List<StorefrontCategoryDto>(list.Count);
        void Walk(Guid? parent)
        {
            foreach (var category in children[parent])
            {
                ordered.Add(category);
                Walk(category.Id);
            }
        }

        // A category under a hidden one is left out with it: the walk starts at the visible roots.
        Walk(null);
        return ordered;
    }

    public async Task<StorefrontProductListDto> GetProductListAsync(GetStorefrontProductListInput input, CancellationToken ct)
    {
        IReadOnlyCollection<Guid>? categoryIds = null;
        if (input.CategoryId is { } categoryId)
            categoryIds = Descendants(await GetCategoriesAsync(ct), categoryId);
        if (!string.IsNullOrWhiteSpace(input.Text))
            return await SearchAsync(input, categoryIds, ct);

        var filtered = query.Filter(query.Visible(input.StoreId), input, categoryIds);
        var facets = await executor.ToListAsync(filtered.OrderBy(p => p.Id).Take(FacetSampleSize).Select(p => p.Options), ct);
        var narrowed = StorefrontProductQuery.FilterOptions(filtered, input.Options);
        var total = await executor.CountAsync(narrowed, ct);
        var page = StorefrontProductQuery.Order(narrowed, input.Sort).Skip((input.Page - 1) * input.PageSize).Take(input.PageSize);
        var rows = await executor.ToListAsync(query.Cards(page, input.StoreId), ct);
        return ToList(input, total, rows, ToFacets(facets));
    }

    public async Task<StorefrontProductDto?> FindProductAsync(Guid storeId, string handle, CancellationToken ct)
    {
        var key = $"product:{storeId:N}:{handle}";
        var snapshot = await CachedAsync(key, token => LoadProductAsync(storeId, handle, token), ct);
        if (snapshot is null)
            await cache.RemoveAsync(Key(key), ct);
        return snapshot?.At(clock.GetUtcNow());
    }

    private async Task<StorefrontProductSnapshot?> LoadProductAsync(Guid storeId, string handle, CancellationToken ct)
    {
        var product = await executor.FirstOrDefaultAsync(query.Visible(storeId).Where(p => p.Handle == handle), ct);
        if (product is null)
            return null;
        var gallery = await executor.ToListAsync(images.Query().Where(i => i.ProductId == product.Id).OrderBy(i => i.Position).ThenBy(i => i.Id)
            .Select(i => new ImageRow { Id = i.Id, Width = i.Width, Height = i.Height, AltText = i.AltText, ThumbnailState = i.ThumbnailState, ThumbnailSizes = i.ThumbnailSizes }), ct);
        var variantIds = product.Variants.Select(v => v.Id).ToList();
        var inStock = await executor.ToListAsync(stock.Query().Where(s => variantIds.Contains(s.VariantId) && s.OnHand - s.Reserved > 0).Select(s => s.VariantId), ct);
        return StorefrontProductMapper.ToSnapshot(product, storeId, gallery.ConvertAll(i => i.ToDto()), inStock.ToHashSet());
    }

    public async Task<IReadOnlyDictionary<Guid, StorefrontImageDto>> GetVariantImagesAsync(IReadOnlyCollection<StorefrontVariantRefDto> variants, CancellationToken ct)
    {
        if (variants.Count == 0)
            return new Dictionary<Guid, StorefrontImageDto>();
        var rows = await executor.ToListAsync(query.VariantImages([.. variants.Select(v => v.ProductId).Distinct()], [.. variants.Select(v => v.VariantId).Distinct()]), ct);
        var own = rows.SelectMany(r => r.VariantIds, (r, variantId) => (variantId, r.Image)).ToDictionary(x => x.variantId, x => x.Image);
        var first = rows.GroupBy(r => r.ProductId).ToDictionary(g => g.Key, g => g.MinBy(r => (r.Position, r.Image.Id))!.Image);
        var result = new Dictionary<Guid, StorefrontImageDto>();
        foreach (var variant in variants)
        {
            if ((own.GetValueOrDefault(variant.VariantId) ?? first.GetValueOrDefault(variant.ProductId)) is { } image)
                result[variant.VariantId] = image.ToDto();
        }

        return result;
    }

    /// <summary>
    /// Read through the cache, keyed and tagged by the current tenant's catalog. The factory may run off the caller's
    /// async flow, so it sets the tenant again.
    /// </summary>
    private async Task<T?> CachedAsync<T>(string key, Func<CancellationToken, Task<T?>> load, CancellationToken ct)
        where T : class
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("The storefront reads a tenant's catalog.");
        return await cache.GetOrCreateAsync(
            Key(key),
            async token =>
            {
                using (currentTenant.Change(tenantId))
                    return await load(token);
            },
            Entry,
            [StorefrontCacheTags.Catalog(tenantId)],
            ct);
    }

    private string Key(string key) => $"storefront:catalog:{currentTenant.Id:N}:{key}";

    /// <summary>Text goes through the catalog's own search (full-text, then close spellings); the page's cards follow in its order.</summary>
    private async Task<StorefrontProductListDto> SearchAsync(GetStorefrontProductListInput input, IReadOnlyCollection<Guid>? categoryIds, CancellationToken ct)
    {
        var criteria = new ProductSearchCriteria
        {
            Text = input.Text,
            Status = ProductStatus.Active,
            StoreId = input.StoreId,
            CategoryIds = categoryIds?.ToList(),
            StockState = input.InStockOnly ? StockState.InStock : null,
            Sort = input.Sort switch
            {
                StorefrontSort.PriceAscending or StorefrontSort.PriceDescending => ProductSort.Price,
                StorefrontSort.Name => ProductSort.Title,
                _ => null,
            },
            Descending = input.Sort == StorefrontSort.PriceDescending,
        };
        var found = await products.SearchAsync(criteria, (input.Page - 1) * input.PageSize, input.PageSize, ct);
        var ids = found.Ids;
        var rows = await executor.ToListAsync(query.Cards(products.Query().Where(p => ids.Contains(p.Id)), input.StoreId), ct);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return ToList(input, found.TotalCount, [.. rows.OrderBy(r => order[r.Id])], []);
    }

    private StorefrontProductListDto ToList(GetStorefrontProductListInput input, long total, List<CardRow> rows, IReadOnlyList<StorefrontFacetDto> facets)
    {
        var now = clock.GetUtcNow();
        return new StorefrontProductListDto
        {
            Items = rows.ConvertAll(r => StorefrontProductQuery.ToCard(r, now)),
            TotalCount = total,
            Page = input.Page,
            PageCount = (int)Math.Ceiling(total / (double)input.PageSize),
            Facets = facets,
        };
    }

    private static List<StorefrontFacetDto> ToFacets(IEnumerable<IReadOnlyList<ProductOption>> options) =>
        options.SelectMany(o => o)
            .GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StorefrontFacetDto { Name = g.First().Name, Values = [.. g.SelectMany(o => o.Values).Distinct(StringComparer.OrdinalIgnoreCase)] })
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static HashSet<Guid> Descendants(IReadOnlyList<StorefrontCategoryDto> all, Guid root)
    {
        var result = new HashSet<Guid> { root };
        foreach (var category in all.Where(c => c.ParentId is { } parent && result.Contains(parent)))
            result.Add(category.Id);
        return result;
    }
}
