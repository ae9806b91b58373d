namespace Commerce.Stores;

/// <summary>The tags cached storefront pages carry, so a change drops exactly the pages that show it.</summary>
public static class StorefrontCacheTags
{
    /// <summary>Every page of one store: its settings, theme and status.</summary>
    public static string Store(Guid storeId) => $"store:{storeId:N}";

    /// <summary>Every page of the tenant's stores that shows catalog data: products, categories, images, stock state.</summary>
    public static string Catalog(Guid tenantId) => $"tenant:{tenantId:N}:catalog";
}
