namespace Commerce.Permissions;

public static class BackgroundJobsPermissionDefinitions
{
    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.BackgroundJobs.Dashboard, "Open the jobs dashboard", "Platform", PermissionSide.Host),
    ];
}
