namespace Commerce.Permissions;

public static class PoliciesPermissionDefinitions
{
    private const string Group = "Platform policies";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.Policies.Default, "See platform policies", Group, PermissionSide.Host),
        new(CommercePermissions.Policies.Manage, "Set platform policies", Group, PermissionSide.Host),
    ];
}
