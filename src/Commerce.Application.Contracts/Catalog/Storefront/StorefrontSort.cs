namespace Commerce.Catalog.Storefront;

/// <summary>The orders a shopper can pick for a product list.</summary>
public enum StorefrontSort
{
    Newest,
    PriceAscending,
    PriceDescending,
    Name,
}
