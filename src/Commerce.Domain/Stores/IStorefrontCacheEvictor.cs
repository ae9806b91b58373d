namespace Commerce.Stores;

/// <summary>
/// Drops the storefront's cached pages that carry any of the tags (<see cref="StorefrontCacheTags"/>). The web host
/// implements it over its page cache; without a storefront (jobs, the migrator) nothing is registered.
/// </summary>
public interface IStorefrontCacheEvictor
{
    Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken ct);
}
