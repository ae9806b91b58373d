using Commerce.Stores.Storefront;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Commerce.Web.Public.Pages.Store;

/// <summary>A page of a store: only served on a host that names one, with that store at hand.</summary>
public abstract class StorePageModel(ICurrentStore currentStore) : PageModel
{
    public StorefrontStoreDto Store => currentStore.Store!;

    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (currentStore.Store is null)
        {
            context.Result = new StoreNotFoundResult();
            return Task.CompletedTask;
        }

        return next();
    }
}
