using System.Globalization;
using Commerce.Stores;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Commerce.Web.Public.Caching;

/// <summary>
/// Store pages are the same for every anonymous shopper: cached per tenant, store, culture, host and query, tagged
/// with the store and the tenant's catalog so changes evict them. Never for a signed-in shopper, a request with
/// credentials or a cart, and never a response that sets a cookie or is not a 200 (per-visitor content must not be shared).
/// </summary>
internal sealed class StorefrontOutputCachePolicy : IOutputCachePolicy
{
    public const string Name = "Storefront";

    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var store = http.RequestServices.GetRequiredService<ICurrentStore>().Store;
        var cacheable = store is not null
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && !http.Request.Cookies.ContainsKey(StorefrontCookies.Customer)
            && !http.Request.Cookies.ContainsKey(StorefrontCookies.Cart);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
            return ValueTask.CompletedTask;
        context.ResponseExpirationTimeSpan = Duration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["tenant"] = store!.TenantId.ToString("N");
        context.CacheVaryByRules.VaryByValues["store"] = store.Id.ToString("N");
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentCulture.Name;
        context.Tags.Add(StorefrontCacheTags.Store(store.Id));
        context.Tags.Add(StorefrontCacheTags.Catalog(store.TenantId));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
