using Commerce.Application.Dtos;
using Commerce.Domain.Repositories;
using Commerce.Features;
using Commerce.Guids;
using Commerce.Permissions;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Identity;

public sealed class UserAppService(
    IPermissionChecker permissions, UserManager<CommerceUser> users, RoleManager<CommerceRole> roles, IUserRoleLookup userRoles,
    IFeatureChecker features, IGuidGenerator guids, AccountEmails emails, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork,
    IPermissionGrantRepository grants, PermissionGrantManager grantManager, PermissionGrantCache grantCache)
    : IUserAppService
{
    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Users.Default, ct);
        var query = users.Users;
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(filter));
        }

        var total = await executor.CountAsync(query, ct);
        var page = await executor.ToListAsync(query.OrderBy(u => u.NormalizedEmail).Skip(input.SkipCount).Take(input.MaxResultCount), ct);
        var rolesByUser = await userRoles.GetRoleNamesAsync(page.ConvertAll(u => u.Id), ct);
        return new PagedResultDto<UserDto> { TotalCount = total, Items = page.ConvertAll(u => UserMapper.ToDto(u, rolesByUser[u.Id])) };
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Users.Default, ct);
        var user = await FindAsync(id);
        return UserMapper.ToDto(user, await users.GetRolesAsync(user));
    }

    public async Task<UserDto> InviteAsync(InviteUserDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Users.Create, ct);
        var roleNames = input.Roles.Count > 0 ? input.Roles : [CommerceRoleNames.Staff];
        await EnsureRolesExistAsync(roleNames);
        await features.EnsureBelowLimitAsync(
            CommerceFeatures.Identity.MaxStaffCount, token => executor.CountAsync(users.Users, token), CommerceErrorCodes.Identity.StaffLimitReached, ct);

        var user = new CommerceUser(guids.Create(), input.Email.Trim(), input.Email.Trim()) { Name = input.Name };
        await using (var transaction = await unitOfWork.BeginTransactionAsync(ct))
        {
            IdentityResults.ThrowOnFailure(await users.CreateAsync(user));
            IdentityResults.ThrowOnFailure(await users.AddToRolesAsync(user, roleNames));
            await transaction.CommitAsync(ct);
        }

        await emails.SendInvitationAsync(user, ct);
        return UserMapper.ToDto(user, roleNames);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Users.Edit, ct);
        var user = await FindAsync(id);
        if (user.ConcurrencyStamp != input.ConcurrencyStamp)
            throw new BusinessException(CommerceErrorCodes.StaleVersion);
        await EnsureRolesExistAsync(input.Roles);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(CommerceRoleNames.Owner) && !input.Roles.Contains(CommerceRoleNames.Owner))
            await EnsureNotLastOwnerAsync(user, ct);

        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        user.Name = input.Name;
        IdentityResults.ThrowOnFailure(await users.UpdateAsync(user));
        IdentityResults.ThrowOnFailure(await users.RemoveFromRolesAsync(user, current.Except(input.Roles)));
        IdentityResults.ThrowOnFailure(await users.AddToRolesAsync(user, input.Roles.Except(current)));
        await transaction.CommitAsync(ct);
        return UserMapper.ToDto(user, input.Roles);
    }

    public async Task<UserDto> DisableAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Users.Edit, ct);
        var user = await FindAsync(id);
        await EnsureNotLastOwnerAsync(user, ct);
        user.Disable();

        // A new security stamp ends the member's sign-in cookie; refresh tokens are refused at their next use.
        IdentityResults.ThrowOnFailure(await users.UpdateSecurityStampAsync(user));
        return UserMapper.ToDto(user, await users.GetRolesAsync(user));
    }

    public async Task<UserDto> EnableAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Users.Edit, ct);
        var user = await FindAsync(id);
        user.Enable();
        IdentityResults.ThrowOnFailure(await users.UpdateAsync(user));
        return UserMapper.ToDto(user, await users.GetRolesAsync(user));
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Users.Delete, ct);
        var user = await FindAsync(id);
        await EnsureNotLastOwnerAsync(user, ct);
        IdentityResults.ThrowOnFailure(await users.DeleteAsync(user));
    }

    public async Task<IReadOnlyList<string>> GetPermissionsAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Users.Default, ct);
        var user = await FindAsync(id);
        return await grants.GetNamesAsync(PermissionGrantConsts.UserProvider, user.Id.ToString(), ct);
    }

    public async Task<IReadOnlyList<string>> UpdatePermissionsAsync(Guid id, UpdateUserPermissionsDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Identity.Roles.Edit, ct);
        var user = await FindAsync(id);
        var names = TenantPermissions.Validate(input.Permissions);
        await grantManager.SetAsync(PermissionGrantConsts.UserProvider, user.Id.ToString(), names, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await grantCache.InvalidateAsync(ct);
        return names;
    }

    private async Task<CommerceUser> FindAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(CommerceUser), id);

    private async Task EnsureRolesExistAsync(IEnumerable<string> roleNames)
    {
        foreach (var name in roleNames)
        {
            if (!await roles.RoleExistsAsync(name))
                throw new BusinessException(CommerceErrorCodes.Identity.UnknownRole, BusinessErrorKind.Invalid).WithData("role", name);
        }
    }

    /// <summary>The store always keeps one active owner: the last one cannot be removed, disabled or demoted.</summary>
    private async Task EnsureNotLastOwnerAsync(CommerceUser user, CancellationToken ct)
    {
        if (user.IsActive && await users.IsInRoleAsync(user, CommerceRoleNames.Owner) && await userRoles.CountActiveInRoleAsync(CommerceRoleNames.Owner, ct) <= 1)
            throw new BusinessException(CommerceErrorCodes.Identity.LastOwner);
    }
}
