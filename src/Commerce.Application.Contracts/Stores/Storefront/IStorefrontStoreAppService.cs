namespace Commerce.Stores.Storefront;

/// <summary>The store a request's host names, for anyone: the storefront resolves it before it knows the tenant.</summary>
public interface IStorefrontStoreAppService
{
    /// <summary>
    /// The store whose slug (in the platform's sub-domain form) or custom domain is this host, closed or open;
    /// null when no store has the name. Cached until the store changes.
    /// </summary>
    Task<StorefrontStoreDto?> FindByHostAsync(string host, CancellationToken ct);
}
