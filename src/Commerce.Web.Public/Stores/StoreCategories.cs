using Commerce.Catalog.Storefront;

namespace Commerce.Web.Public.Stores;

/// <summary>The visible categories, read once per request: the layout's navigation and the category page share them.</summary>
public sealed class StoreCategories(IStorefrontCatalogAppService catalog)
{
    private IReadOnlyList<StorefrontCategoryDto>? all;

    public async Task<IReadOnlyList<StorefrontCategoryDto>> GetAllAsync(CancellationToken ct) =>
        all ??= await catalog.GetCategoriesAsync(ct);
}
