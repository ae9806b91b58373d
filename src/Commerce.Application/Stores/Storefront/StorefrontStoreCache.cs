using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.Stores.Storefront;

/// <summary>Drops what the storefront cached of a store (its resolution by every host), after the store changed.</summary>
public sealed class StorefrontStoreCache(HybridCache cache)
{
    public static string Tag(Guid storeId) => $"store:{storeId:N}";

    public ValueTask InvalidateAsync(Guid storeId, CancellationToken ct) => cache.RemoveByTagAsync(Tag(storeId), ct);
}
