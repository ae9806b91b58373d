using Commerce.Stores;
using Microsoft.AspNetCore.OutputCaching;

namespace Commerce.Web.Public.Caching;

/// <summary>Evicts cached storefront pages by tag from the host's output cache.</summary>
internal sealed class OutputCacheStorefrontEvictor(IOutputCacheStore store) : IStorefrontCacheEvictor
{
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken ct)
    {
        foreach (var tag in tags)
            await store.EvictByTagAsync(tag, ct);
    }
}
