using Commerce.Stores.Storefront;

namespace Commerce.Web.Public.Stores;

/// <summary>Per request: set once by <see cref="StorefrontStoreMiddleware"/>, read by pages and tenant resolution.</summary>
internal sealed class CurrentStore : ICurrentStore
{
    public StorefrontStoreDto? Store { get; private set; }

    public void Set(StorefrontStoreDto store) => Store = store;
}
