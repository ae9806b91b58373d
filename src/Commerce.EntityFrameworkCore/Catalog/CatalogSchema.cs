namespace Commerce.EntityFrameworkCore.Catalog;

internal static class CatalogSchema
{
    public const string Name = "catalog";
}
