using Commerce.HttpApi.Authorization;
using Commerce.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Identity;

/// <summary>The tenant's roles and their permissions.</summary>
[ApiController]
[Route("api/identity/roles")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Roles")]
public sealed class RolesController(IRoleAppService roles) : ControllerBase
{
    /// <summary>Lists the permissions a role can hold, and whether the plan makes each one effective.</summary>
    [HttpGet("permission-definitions")]
    [ProducesResponseType<IReadOnlyList<PermissionDefinitionDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<PermissionDefinitionDto>> GetPermissionDefinitions(CancellationToken ct) => roles.GetPermissionDefinitionsAsync(ct);

    /// <summary>Lists the roles with their permissions.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<RoleDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<RoleDto>> GetList(CancellationToken ct) => roles.GetListAsync(ct);

    /// <summary>Creates a role with the permissions chosen.</summary>
    [HttpPost]
    [ProducesResponseType<RoleDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<RoleDto> Create(CreateRoleDto input, CancellationToken ct) => roles.CreateAsync(input, ct);

    /// <summary>Renames a role and replaces its permissions; the owner role is fixed.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<RoleDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<RoleDto> Update(Guid id, UpdateRoleDto input, CancellationToken ct) => roles.UpdateAsync(id, input, ct);

    /// <summary>Deletes a role that has no members and is not one every store has.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await roles.DeleteAsync(id, ct);
        return NoContent();
    }
}
