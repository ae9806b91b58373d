using Commerce.Application.Dtos;
using Commerce.HttpApi.Authorization;
using Commerce.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.MultiTenancy;

/// <summary>Center Control: the platform's tenants (merchant accounts).</summary>
[ApiController]
[Route("api/host/multi-tenancy/tenants")]
[Authorize(Policy = CommerceAuthorizationPolicies.Host)]
[Tags("Tenants")]
public sealed class TenantsController(ITenantAppService tenants) : ControllerBase
{
    /// <summary>Gets a tenant.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<TenantDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<TenantDto> Get(Guid id, CancellationToken ct) => tenants.GetAsync(id, ct);

    /// <summary>Lists tenants by name, filtered by text and status.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResultDto<TenantDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<PagedResultDto<TenantDto>> GetList([FromQuery] GetTenantListInput input, CancellationToken ct) =>
        tenants.GetListAsync(input, ct);

    /// <summary>Creates a tenant.</summary>
    [HttpPost]
    [ProducesResponseType<TenantDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<TenantDto>> Create(CreateTenantDto input, CancellationToken ct)
    {
        var tenant = await tenants.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = tenant.Id }, tenant);
    }

    /// <summary>Renames a tenant, changes its slug or its plan; refused with 409 when the version is stale.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<TenantDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<TenantDto> Update(Guid id, UpdateTenantDto input, CancellationToken ct) => tenants.UpdateAsync(id, input, ct);

    /// <summary>Suspends a tenant: its staff and API calls are refused and its stores show "unavailable".</summary>
    [HttpPost("{id:guid}/suspend")]
    [ProducesResponseType<TenantDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<TenantDto> Suspend(Guid id, SuspendTenantDto input, CancellationToken ct) => tenants.SuspendAsync(id, input, ct);

    /// <summary>Deletes a tenant: it is gone at once, and its data is purged after the data-retention policy's days.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await tenants.DeleteAsync(id, ct);
        return NoContent();
    }

    /// <summary>Reactivates a suspended tenant.</summary>
    [HttpPost("{id:guid}/reactivate")]
    [ProducesResponseType<TenantDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<TenantDto> Reactivate(Guid id, CancellationToken ct) => tenants.ReactivateAsync(id, ct);
}
