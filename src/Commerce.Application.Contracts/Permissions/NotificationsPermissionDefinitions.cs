namespace Commerce.Permissions;

public static class NotificationsPermissionDefinitions
{
    private const string Group = "Notifications";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.Notifications.Default, "See notification templates and the notification log", Group, PermissionSide.Tenant),
        new(CommercePermissions.Notifications.Templates.Manage, "Change notification templates", Group, PermissionSide.Tenant),
    ];
}
