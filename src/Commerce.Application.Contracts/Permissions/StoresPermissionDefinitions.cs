namespace Commerce.Permissions;

public static class StoresPermissionDefinitions
{
    private const string Group = "Stores";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.Stores.Default, "See stores and their settings", Group, PermissionSide.Tenant),
        new(CommercePermissions.Stores.Create, "Open stores", Group, PermissionSide.Tenant),
        new(CommercePermissions.Stores.Edit, "Edit store settings, domains and theme", Group, PermissionSide.Tenant),
        new(CommercePermissions.Stores.Delete, "Delete stores", Group, PermissionSide.Tenant),
        new(CommercePermissions.Stores.ManageShipping, "Manage shipping methods", Group, PermissionSide.Tenant),
        new(CommercePermissions.Stores.ManagePayments, "Manage payment methods", Group, PermissionSide.Tenant),
    ];
}
