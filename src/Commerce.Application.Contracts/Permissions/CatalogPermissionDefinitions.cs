namespace Commerce.Permissions;

public static class CatalogPermissionDefinitions
{
    private const string Group = "Catalog";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.Catalog.Products.Default, "See products", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Products.Create, "Create products", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Products.Edit, "Edit products, their variants and prices", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Products.Delete, "Delete products", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Products.Import, "Import products from CSV files, creating and updating them", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Products.Export, "Export products to CSV files", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Categories.Default, "See categories", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Categories.Create, "Create categories", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Categories.Edit, "Edit, move and reorder categories", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.Categories.Delete, "Delete categories", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.AttributeSets.Default, "See attribute sets", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.AttributeSets.Create, "Create attribute sets", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.AttributeSets.Edit, "Edit attribute sets", Group, PermissionSide.Tenant),
        new(CommercePermissions.Catalog.AttributeSets.Delete, "Delete attribute sets", Group, PermissionSide.Tenant),
    ];
}
