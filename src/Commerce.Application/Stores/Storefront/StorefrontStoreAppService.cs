using Commerce.MultiTenancy;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Commerce.Stores.Storefront;

/// <summary>
/// Host → store through the platform-wide name registry, then the store read as its tenant. Cached per host and
/// tagged with the store, so a change of its names, status or look removes every host's entry at once; a miss is
/// not cached, so a store created a moment ago answers at once.
/// </summary>
internal sealed class StorefrontStoreAppService(
    IStoreRepository stores, ICurrentTenant currentTenant, HybridCache cache, IOptions<StoreDomainOptions> options)
    : IStorefrontStoreAppService
{
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = TimeSpan.FromMinutes(10), LocalCacheExpiration = TimeSpan.FromMinutes(1) };

    public async Task<StorefrontStoreDto?> FindByHostAsync(string host, CancellationToken ct)
    {
        var normalized = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (normalized.Length == 0 || StorefrontHost.IsPlatform(normalized, options.Value.DomainFormat))
            return null;
        var name = StorefrontHost.FindLabel(normalized, options.Value.DomainFormat) ?? normalized;
        var location = await stores.FindLocationAsync(name, ct);
        if (location is null)
            return null;
        var key = $"storefront:host:{normalized}";
        var found = await cache.GetOrCreateAsync(key, async token => await LoadAsync(location, token), Entry,
            [StorefrontStoreCache.Tag(location.StoreId)], ct);
        if (found is null)
            await cache.RemoveAsync(key, ct);
        return found;
    }

    private async Task<StorefrontStoreDto?> LoadAsync(StoreLocation location, CancellationToken ct)
    {
        using var scope = currentTenant.Change(location.TenantId);
        var store = await stores.FindAsync(location.StoreId, ct);
        return store is null ? null : StorefrontStoreMapper.ToDto(store);
    }
}
