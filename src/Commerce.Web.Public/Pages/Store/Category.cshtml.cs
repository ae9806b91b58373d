using Commerce.Catalog.Storefront;
using Commerce.Web.Public.Caching;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Commerce.Web.Public.Pages.Store;

/// <summary>/c/{parent}/{child}: a visible category's products; the last segment is the category's handle.</summary>
[OutputCache(PolicyName = StorefrontOutputCachePolicy.Name)]
public sealed class CategoryModel(ICurrentStore currentStore, IStorefrontCatalogAppService catalog, StoreCategories categories)
    : ProductListPageModel(currentStore, catalog)
{
    public StorefrontCategoryDto Category { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string path, CancellationToken ct)
    {
        var handle = path.TrimEnd('/').Split('/')[^1];
        var category = (await categories.GetAllAsync(ct)).FirstOrDefault(c => string.Equals(c.Handle, handle, StringComparison.OrdinalIgnoreCase));
        if (category is null)
            return new StoreNotFoundResult();
        Category = category;
        await LoadAsync(category.Id, null, ct);
        return Page();
    }
}
