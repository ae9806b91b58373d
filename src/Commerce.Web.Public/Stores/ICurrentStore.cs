using Commerce.Stores.Storefront;

namespace Commerce.Web.Public.Stores;

/// <summary>The store the request's host names; null on the platform's own address and on hosts no store has.</summary>
public interface ICurrentStore
{
    StorefrontStoreDto? Store { get; }
}
