namespace Commerce.Permissions;

public static class MultiTenancyPermissionDefinitions
{
    private const string Group = "Tenants";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.MultiTenancy.Tenants.Default, "See tenants", Group, PermissionSide.Host),
        new(CommercePermissions.MultiTenancy.Tenants.Create, "Create tenants", Group, PermissionSide.Host),
        new(CommercePermissions.MultiTenancy.Tenants.Edit, "Edit tenants", Group, PermissionSide.Host),
        new(CommercePermissions.MultiTenancy.Tenants.Suspend, "Suspend and reactivate tenants", Group, PermissionSide.Host),
        new(CommercePermissions.MultiTenancy.Tenants.ManageFeatures, "Override tenants' features", Group, PermissionSide.Host),
        new(CommercePermissions.MultiTenancy.Tenants.Delete, "Delete tenants", Group, PermissionSide.Host),
    ];
}
