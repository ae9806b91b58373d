namespace Commerce.Permissions;

public static class CatalogPermissionDefinitions
{
    private const string Group = "Catalog";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.Catalog.Products.Default, "See products", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Products.Edit, "Edit products", Group, PermissionSide.Tenant),
    ];
}
