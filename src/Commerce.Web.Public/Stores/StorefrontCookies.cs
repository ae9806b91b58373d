namespace Commerce.Web.Public.Stores;

/// <summary>The storefront's own cookie names, apart from the staff sign-in's.</summary>
public static class StorefrontCookies
{
    /// <summary>The signed-in customer; its presence alone keeps a request out of the shared page cache.</summary>
    public const string Customer = ".Commerce.Storefront";

    /// <summary>A visitor's cart token; like the customer cookie, it keeps a request out of the shared page cache.</summary>
    public const string Cart = ".Commerce.Cart";
}
