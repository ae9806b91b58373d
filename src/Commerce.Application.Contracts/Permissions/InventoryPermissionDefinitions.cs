namespace Commerce.Permissions;

public static class InventoryPermissionDefinitions
{
    private const string Group = "Inventory";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.Inventory.Default, "See stock and its history", Group, PermissionSide.Tenant),
        new(CommercePermissions.Inventory.Adjust, "Adjust and count stock", Group, PermissionSide.Tenant),
        new(CommercePermissions.Inventory.ManageSettings, "Change low-stock settings", Group, PermissionSide.Tenant),
    ];
}
