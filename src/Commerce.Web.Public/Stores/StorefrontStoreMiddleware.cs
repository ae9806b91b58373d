using System.Globalization;
using Commerce.Stores;
using Commerce.Stores.Storefront;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Public.Stores;

/// <summary>
/// Resolves the store the host names, before the tenant is: the store names its tenant. A browser gets the plain
/// not-found page on a custom host no store has, and the unavailable page from a closed store. A host of the
/// platform's sub-domain form that names no store falls through to the tenant's own slug (API calls). The store's
/// locale becomes the request's culture, so its pages format numbers and dates the store's way.
/// </summary>
internal sealed class StorefrontStoreMiddleware(RequestDelegate next, IOptions<StoreDomainOptions> options)
{
    public async Task InvokeAsync(HttpContext context, IStorefrontStoreAppService stores, CurrentStore current)
    {
        var host = context.Request.Host.Host;
        if (StorefrontHost.IsPlatform(host, options.Value.DomainFormat))
        {
            await next(context);
            return;
        }

        var store = await stores.FindByHostAsync(host, context.RequestAborted);
        var wantsPage = StorefrontStatusPages.WantsPage(context.Request);
        if (store is null && wantsPage && StorefrontHost.FindLabel(host, options.Value.DomainFormat) is null)
        {
            await StorefrontStatusPages.WriteNotFoundAsync(context);
            return;
        }

        if (store is not null)
        {
            current.Set(store);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(store.DefaultLocale);
            if (store.Status == StoreStatus.Closed && wantsPage)
            {
                await StorefrontStatusPages.WriteUnavailableAsync(context, store.Name);
                return;
            }
        }

        await next(context);
    }
}
