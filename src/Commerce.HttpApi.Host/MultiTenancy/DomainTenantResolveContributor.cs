using Commerce.Stores.Storefront;
using Commerce.Web.Public.Stores;
using Microsoft.Extensions.Options;

namespace Commerce.HttpApi.Host.MultiTenancy;

/// <summary>
/// Last: the request host. A store's slug host or custom domain names the store's tenant (the storefront resolved
/// it already); else a host of the platform's tenant form ("{0}.localhost", "{0}.shop.example.com") names the
/// tenant's slug, for API calls.
/// </summary>
internal sealed class DomainTenantResolveContributor(IOptions<TenantResolutionOptions> options) : ITenantResolveContributor
{
    public string Name => "Domain";

    public string? Resolve(HttpContext context)
    {
        if (context.RequestServices?.GetService<ICurrentStore>()?.Store is { } store)
            return store.TenantId.ToString("D");
        return StorefrontHost.FindLabel(context.Request.Host.Host, options.Value.DomainFormat);
    }
}
