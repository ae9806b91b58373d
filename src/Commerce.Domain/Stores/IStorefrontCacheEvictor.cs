namespace Commerce.Stores;

/// <summary>
/// Drops what the storefront cached under any of the tags (<see cref="StorefrontCacheTags"/>): the web host's page
/// cache, and the store and catalog reads the application caches. Every registered evictor is called after a save.
/// </summary>
public interface IStorefrontCacheEvictor
{
    Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken ct);
}
