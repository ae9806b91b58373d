using Commerce.MultiTenancy;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Commerce.Stores.Storefront;

/// <summary>
/// Host → store through the platform-wide name registry, then the store read as its tenant. Both are cached: the
/// name's location under <see cref="StorefrontCacheTags.Locations"/> (dropped when any store's names may change), the
/// store per host under its own tag, so a change of its names, status or look removes every host's entry at once. A
/// miss is not cached, so a store created a moment ago answers at once.
/// </summary>
internal sealed class StorefrontStoreAppService(
    IStoreRepository stores, ICurrentTenant currentTenant, HybridCache cache, IOptions<StoreDomainOptions> options)
    : IStorefrontStoreAppService
{
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = TimeSpan.FromMinutes(10), LocalCacheExpiration = TimeSpan.FromMinutes(1) };
    private static readonly string[] LocationTags = [StorefrontCacheTags.Locations];

    public async Task<StorefrontStoreDto?> FindByHostAsync(string host, CancellationToken ct)
    {
        var normalized = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (normalized.Length == 0 || StorefrontHost.IsPlatform(normalized, options.Value.DomainFormat))
            return null;
        var name = StorefrontHost.FindLabel(normalized, options.Value.DomainFormat) ?? normalized;
        var location = await GetOrCreateAsync($"storefront:location:{name}", token => stores.FindLocationAsync(name, token), LocationTags, ct);
        if (location is null)
            return null;
        return await GetOrCreateAsync($"storefront:host:{normalized}", token => LoadAsync(location, token),
            [StorefrontCacheTags.Store(location.StoreId)], ct);
    }

    /// <summary>Cached when found; a miss is removed again, so what is created next is found at once.</summary>
    private async Task<T?> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T?>> load, IEnumerable<string> tags, CancellationToken ct)
        where T : class
    {
        var found = await cache.GetOrCreateAsync(key, async token => await load(token), Entry, tags, ct);
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
