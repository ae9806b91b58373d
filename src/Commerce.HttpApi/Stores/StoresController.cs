using Commerce.HttpApi.Authorization;
using Commerce.Stores;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Stores;

/// <summary>The tenant's stores: identity, domains, regional settings, contact, theme and policies.</summary>
[ApiController]
[Route("api/stores")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Stores")]
public sealed class StoresController(IStoreAppService stores) : ControllerBase
{
    /// <summary>Gets a store with all its settings.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<StoreDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<StoreDto> Get(Guid id, CancellationToken ct) => stores.GetAsync(id, ct);

    /// <summary>Lists the tenant's stores by name.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<StoreDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<StoreDto>> GetList(CancellationToken ct) => stores.GetListAsync(ct);

    /// <summary>Opens a store; a second one needs the multi-store feature, and the plan limits how many.</summary>
    [HttpPost]
    [ProducesResponseType<StoreDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<StoreDto>> Create(CreateStoreDto input, CancellationToken ct)
    {
        var store = await stores.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = store.Id }, store);
    }

    /// <summary>Saves a store's settings; refused with 409 when the version is stale or a slug or domain is taken.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<StoreDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<StoreDto> Update(Guid id, UpdateStoreDto input, CancellationToken ct) => stores.UpdateAsync(id, input, ct);

    /// <summary>Deletes a store and frees its slug and domains; the last store cannot be deleted.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await stores.DeleteAsync(id, ct);
        return NoContent();
    }
}
