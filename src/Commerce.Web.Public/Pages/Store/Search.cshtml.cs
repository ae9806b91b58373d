using Commerce.Catalog.Storefront;
using Commerce.Web.Public.Caching;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Commerce.Web.Public.Pages.Store;

/// <summary>/search?q=: the catalog's search, which also finds close spellings.</summary>
[OutputCache(PolicyName = StorefrontOutputCachePolicy.Name)]
public sealed class SearchModel(ICurrentStore currentStore, IStorefrontCatalogAppService catalog) : ProductListPageModel(currentStore, catalog)
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Query = Query?.Trim();
        if (Query is { Length: > 200 })
            Query = Query[..200];
        if (!string.IsNullOrEmpty(Query))
            await LoadAsync(null, Query, ct);
    }
}
