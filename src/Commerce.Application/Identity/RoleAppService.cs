using Commerce.Domain.Repositories;
using Commerce.Features;
using Commerce.Guids;
using Commerce.Permissions;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Identity;

public sealed class RoleAppService(
    IPermissionChecker permissions, RoleManager<CommerceRole> roles, UserManager<CommerceUser> users, IPermissionGrantRepository grants,
    PermissionGrantManager grantManager, PermissionGrantCache grantCache, IFeatureChecker features, IGuidGenerator guids,
    IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IRoleAppService
{
    public async Task<IReadOnlyList<PermissionDefinitionDto>> GetPermissionDefinitionsAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Roles.Default, ct);
        var result = new List<PermissionDefinitionDto>();
        foreach (var permission in CommercePermissionDefinitions.ForSide(PermissionSide.Tenant))
        {
            var available = permission.RequiredFeature is not { } feature || await features.IsEnabledAsync(feature, ct);
            result.Add(new PermissionDefinitionDto { Name = permission.Name, DisplayName = permission.DisplayName, Group = permission.Group, IsAvailable = available });
        }

        return result;
    }

    public async Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Roles.Default, ct);
        var list = await executor.ToListAsync(roles.Roles.OrderBy(r => r.NormalizedName), ct);
        var result = new List<RoleDto>(list.Count);
        foreach (var role in list)
            result.Add(ToDto(role, await grants.GetNamesAsync(PermissionGrantConsts.RoleProvider, role.Name!, ct)));
        return result;
    }

    public async Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Roles.Create, ct);
        var names = TenantPermissions.Validate(input.Permissions);
        var role = new CommerceRole(guids.Create(), input.Name.Trim());
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        IdentityResults.ThrowOnFailure(await roles.CreateAsync(role));
        await SetGrantsAsync(role.Name!, names, ct);
        await transaction.CommitAsync(ct);
        return ToDto(role, names);
    }

    public async Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Roles.Edit, ct);
        var role = await FindAsync(id);
        if (role.ConcurrencyStamp != input.ConcurrencyStamp)
            throw new BusinessException(CommerceErrorCodes.StaleVersion);
        var names = TenantPermissions.Validate(input.Permissions);
        var renamed = !string.Equals(role.Name, input.Name.Trim(), StringComparison.Ordinal);
        if (role.Name == CommerceRoleNames.Owner || (role.IsStatic && renamed))
            throw new BusinessException(CommerceErrorCodes.Identity.StaticRole).WithData("role", role.Name);

        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        if (renamed)
        {
            await SetGrantsAsync(role.Name!, [], ct);
            IdentityResults.ThrowOnFailure(await roles.SetRoleNameAsync(role, input.Name.Trim()));
            IdentityResults.ThrowOnFailure(await roles.UpdateAsync(role));
        }

        await SetGrantsAsync(role.Name!, names, ct);
        await transaction.CommitAsync(ct);
        return ToDto(role, names);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Roles.Delete, ct);
        var role = await FindAsync(id);
        if (role.IsStatic)
            throw new BusinessException(CommerceErrorCodes.Identity.StaticRole).WithData("role", role.Name);
        var members = (await users.GetUsersInRoleAsync(role.Name!)).Count;
        if (members > 0)
            throw new BusinessException(CommerceErrorCodes.Identity.RoleInUse).WithData("role", role.Name).WithData("count", members);

        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await SetGrantsAsync(role.Name!, [], ct);
        IdentityResults.ThrowOnFailure(await roles.DeleteAsync(role));
        await transaction.CommitAsync(ct);
    }

    private async Task SetGrantsAsync(string roleName, IEnumerable<string> names, CancellationToken ct)
    {
        await grantManager.SetAsync(PermissionGrantConsts.RoleProvider, roleName, names, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await grantCache.InvalidateAsync(ct);
    }

    private async Task<CommerceRole> FindAsync(Guid id) =>
        await roles.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(CommerceRole), id);

    private static RoleDto ToDto(CommerceRole role, IEnumerable<string> granted) => new()
    {
        Id = role.Id,
        Name = role.Name!,
        IsStatic = role.IsStatic,
        Permissions = granted.Order(StringComparer.Ordinal).ToList(),
        ConcurrencyStamp = role.ConcurrencyStamp!,
    };
}
