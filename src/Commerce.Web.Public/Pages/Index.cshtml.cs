using Commerce.Catalog.Storefront;
using Commerce.Stores;
using Commerce.Stores.Storefront;
using Commerce.Web.Public.Caching;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Public.Pages;

/// <summary>
/// "/": the platform's own home page on the platform's address, a store's home page on the store's host. One page
/// serves both because both answer the same path; any other host gets the plain not-found page.
/// </summary>
[OutputCache(PolicyName = StorefrontOutputCachePolicy.Name)]
public sealed class IndexModel(ICurrentStore currentStore, IStorefrontCatalogAppService catalog, IOptions<StoreDomainOptions> domains) : PageModel
{
    public StorefrontStoreDto? Store => currentStore.Store;

    public StorefrontHomeDto Home { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Store is null)
            return StorefrontHost.IsPlatform(Request.Host.Host, domains.Value.DomainFormat) ? Page() : new StoreNotFoundResult();
        Home = await catalog.GetHomeAsync(Store.Id, ct);
        return Page();
    }
}
