namespace Commerce.Identity;

/// <summary>A tenant's roles and the permissions they hold; owners create their own roles within the plan.</summary>
public interface IRoleAppService
{
    Task<IReadOnlyList<PermissionDefinitionDto>> GetPermissionDefinitionsAsync(CancellationToken ct);

    Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken ct);

    Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken ct);

    Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken ct);

    Task DeleteAsync(Guid id, CancellationToken ct);
}
