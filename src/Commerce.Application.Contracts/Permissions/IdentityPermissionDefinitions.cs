namespace Commerce.Permissions;

public static class IdentityPermissionDefinitions
{
    private const string Group = "Team";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.Identity.Users.Default, "See staff", Group, PermissionSide.Tenant),
        new(CommercePermissions.Identity.Users.Create, "Invite staff", Group, PermissionSide.Tenant),
        new(CommercePermissions.Identity.Users.Edit, "Edit staff", Group, PermissionSide.Tenant),
        new(CommercePermissions.Identity.Users.Delete, "Remove staff", Group, PermissionSide.Tenant),
        new(CommercePermissions.Identity.Roles.Default, "See roles", Group, PermissionSide.Tenant),
        new(CommercePermissions.Identity.Roles.Create, "Create roles", Group, PermissionSide.Tenant),
        new(CommercePermissions.Identity.Roles.Edit, "Edit roles and their permissions", Group, PermissionSide.Tenant),
        new(CommercePermissions.Identity.Roles.Delete, "Delete roles", Group, PermissionSide.Tenant),
    ];
}
