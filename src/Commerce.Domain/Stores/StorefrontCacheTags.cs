namespace Commerce.Stores;

/// <summary>The tags cached storefront pages and data carry, so a change drops exactly what shows it.</summary>
public static class StorefrontCacheTags
{
    /// <summary>Which store every host name points to (the name registry): dropped when any store's names may have changed.</summary>
    public const string Locations = "storefront:locations";

    /// <summary>Every page of one store: its settings, theme and status.</summary>
    public static string Store(Guid storeId) => $"store:{storeId:N}";

    /// <summary>Every page of the tenant's stores that shows catalog data: products, categories, images, stock state.</summary>
    public static string Catalog(Guid tenantId) => $"tenant:{tenantId:N}:catalog";
}
