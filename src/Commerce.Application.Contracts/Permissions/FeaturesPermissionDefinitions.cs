namespace Commerce.Permissions;

public static class FeaturesPermissionDefinitions
{
    private const string Group = "Editions";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.Features.Editions.Default, "See editions", Group, PermissionSide.Host),
        new(CommercePermissions.Features.Editions.Create, "Create editions", Group, PermissionSide.Host),
        new(CommercePermissions.Features.Editions.Edit, "Edit editions", Group, PermissionSide.Host),
        new(CommercePermissions.Features.Editions.Delete, "Delete editions", Group, PermissionSide.Host),
    ];
}
