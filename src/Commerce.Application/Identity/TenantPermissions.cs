using Commerce.Permissions;

namespace Commerce.Identity;

internal static class TenantPermissions
{
    /// <summary>The distinct names, each a tenant-side permission; anything else is refused with 400.</summary>
    public static List<string> Validate(IEnumerable<string> names) =>
        names.Distinct(StringComparer.Ordinal).Select(name =>
        {
            var permission = CommercePermissionDefinitions.Get(name);
            return permission.Side.HasFlag(PermissionSide.Tenant)
                ? permission.Name
                : throw new BusinessException(CommerceErrorCodes.Permissions.PermissionNotOnThisSide, BusinessErrorKind.Invalid).WithData("permission", name);
        }).ToList();
}
