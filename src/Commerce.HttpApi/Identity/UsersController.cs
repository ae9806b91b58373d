using Commerce.Application.Dtos;
using Commerce.HttpApi.Authorization;
using Commerce.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Identity;

/// <summary>The tenant's staff.</summary>
[ApiController]
[Route("api/identity/users")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Staff")]
public sealed class UsersController(IUserAppService users) : ControllerBase
{
    /// <summary>Lists the staff by email, filtered by part of the email.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResultDto<UserDto>>(StatusCodes.Status200OK)]
    public Task<PagedResultDto<UserDto>> GetList([FromQuery] GetUserListInput input, CancellationToken ct) => users.GetListAsync(input, ct);

    /// <summary>Gets a member with their roles.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<UserDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<UserDto> Get(Guid id, CancellationToken ct) => users.GetAsync(id, ct);

    /// <summary>Invites a member by email, within the plan's staff limit (403 Commerce:Identity:StaffLimitReached past it).</summary>
    [HttpPost]
    [ProducesResponseType<UserDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<UserDto>> Invite(InviteUserDto input, CancellationToken ct)
    {
        var user = await users.InviteAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = user.Id }, user);
    }

    /// <summary>Changes a member's name and roles.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<UserDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<UserDto> Update(Guid id, UpdateUserDto input, CancellationToken ct) => users.UpdateAsync(id, input, ct);

    /// <summary>Disables a member: they can no longer sign in.</summary>
    [HttpPost("{id:guid}/disable")]
    [ProducesResponseType<UserDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<UserDto> Disable(Guid id, CancellationToken ct) => users.DisableAsync(id, ct);

    /// <summary>Enables a disabled member.</summary>
    [HttpPost("{id:guid}/enable")]
    [ProducesResponseType<UserDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<UserDto> Enable(Guid id, CancellationToken ct) => users.EnableAsync(id, ct);

    /// <summary>The permissions granted to the member directly, on top of their roles'.</summary>
    [HttpGet("{id:guid}/permissions")]
    [ProducesResponseType<IReadOnlyList<string>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<string>> GetPermissions(Guid id, CancellationToken ct) => users.GetPermissionsAsync(id, ct);

    /// <summary>Replaces the permissions granted to the member directly.</summary>
    [HttpPut("{id:guid}/permissions")]
    [ProducesResponseType<IReadOnlyList<string>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<string>> UpdatePermissions(Guid id, UpdateUserPermissionsDto input, CancellationToken ct) =>
        users.UpdatePermissionsAsync(id, input, ct);

    /// <summary>Removes a member; the last owner cannot be removed.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await users.DeleteAsync(id, ct);
        return NoContent();
    }
}
