using Commerce.Application.Dtos;

namespace Commerce.Identity;

/// <summary>A tenant's staff: owners invite, edit, disable and remove members, within the plan's staff limit.</summary>
public interface IUserAppService
{
    Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken ct);

    Task<UserDto> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Creates the member and emails an invitation to set a password; the link works once.</summary>
    Task<UserDto> InviteAsync(InviteUserDto input, CancellationToken ct);

    Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken ct);

    Task<UserDto> DisableAsync(Guid id, CancellationToken ct);

    Task<UserDto> EnableAsync(Guid id, CancellationToken ct);

    Task DeleteAsync(Guid id, CancellationToken ct);

    /// <summary>The permissions granted to the member directly (not through a role).</summary>
    Task<IReadOnlyList<string>> GetPermissionsAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<string>> UpdatePermissionsAsync(Guid id, UpdateUserPermissionsDto input, CancellationToken ct);
}
