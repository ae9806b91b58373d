using System.Collections.Frozen;

namespace Commerce.Permissions;

/// <summary>Every permission, gathered from the modules' definition lists, in display order.</summary>
public static class CommercePermissionDefinitions
{
    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        .. MultiTenancyPermissionDefinitions.All,
        .. FeaturesPermissionDefinitions.All,
        .. PoliciesPermissionDefinitions.All,
        .. IdentityPermissionDefinitions.All,
        .. StoresPermissionDefinitions.All,
        .. InventoryPermissionDefinitions.All,
        .. OrderingPermissionDefinitions.All,
        .. CatalogPermissionDefinitions.All,
        .. NotificationsPermissionDefinitions.All,
        .. BackgroundJobsPermissionDefinitions.All,
    ];

    private static readonly FrozenDictionary<string, PermissionDefinition> ByName = All.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);

    public static PermissionDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    public static PermissionDefinition Get(string name) =>
        Find(name) ?? throw new BusinessException(CommerceErrorCodes.Permissions.UnknownPermission, BusinessErrorKind.Invalid).WithData("permission", name);

    public static IEnumerable<PermissionDefinition> ForSide(PermissionSide side) => All.Where(p => p.Side.HasFlag(side));
}
