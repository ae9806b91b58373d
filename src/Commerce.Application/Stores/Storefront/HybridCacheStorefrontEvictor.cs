using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.Stores.Storefront;

/// <summary>Drops the storefront reads kept in the hybrid cache (host → store, categories, product pages) by tag.</summary>
internal sealed class HybridCacheStorefrontEvictor(HybridCache cache) : IStorefrontCacheEvictor
{
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken ct) => await cache.RemoveByTagAsync(tags, ct);
}
