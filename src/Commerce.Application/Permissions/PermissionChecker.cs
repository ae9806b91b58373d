using Commerce.Features;
using Commerce.MultiTenancy;
using Commerce.Users;

namespace Commerce.Permissions;

internal sealed class PermissionChecker(ICurrentUser currentUser, ICurrentTenant currentTenant, IFeatureChecker features, PermissionGrantCache grants)
    : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(string name, CancellationToken ct)
    {
        var permission = CommercePermissionDefinitions.Get(name);
        return currentUser.IsAuthenticated && IsOnThisSide(permission) && await HasFeatureAsync(permission, ct) && (await GrantedNamesAsync(ct)).Contains(name);
    }

    public async Task<IReadOnlyList<string>> GetGrantedAsync(CancellationToken ct)
    {
        if (!currentUser.IsAuthenticated)
            return [];
        var granted = await GrantedNamesAsync(ct);
        var result = new List<string>();
        foreach (var permission in CommercePermissionDefinitions.All.Where(p => granted.Contains(p.Name) && IsOnThisSide(p)))
        {
            if (await HasFeatureAsync(permission, ct))
                result.Add(permission.Name);
        }

        return result;
    }

    public async Task CheckAsync(string name, CancellationToken ct)
    {
        if (!currentUser.IsAuthenticated)
            throw new BusinessException(CommerceErrorCodes.Unauthorized, BusinessErrorKind.Unauthenticated);
        if (!await IsGrantedAsync(name, ct))
            throw new BusinessException(CommerceErrorCodes.Permissions.PermissionNotGranted, BusinessErrorKind.Forbidden).WithData("permission", name);
    }

    private bool IsOnThisSide(PermissionDefinition permission) =>
        permission.Side.HasFlag(currentTenant.IsAvailable ? PermissionSide.Tenant : PermissionSide.Host)
        && currentUser.TenantId == currentTenant.Id;

    private async Task<bool> HasFeatureAsync(PermissionDefinition permission, CancellationToken ct) =>
        permission.RequiredFeature is not { } feature || await features.IsEnabledAsync(feature, ct);

    private async Task<HashSet<string>> GrantedNamesAsync(CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in currentUser.Roles)
            names.UnionWith(await grants.GetAsync(PermissionGrantConsts.RoleProvider, role, ct));
        names.UnionWith(await grants.GetAsync(PermissionGrantConsts.UserProvider, currentUser.Id!.Value.ToString(), ct));
        return names;
    }
}
