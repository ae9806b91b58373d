using Commerce.Application.Dtos;
using Commerce.Catalog.AttributeSets;
using Commerce.HttpApi.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Catalog.AttributeSets;

/// <summary>The tenant's attribute sets: the product templates whose attributes a product fills in.</summary>
[ApiController]
[Route("api/catalog/attribute-sets")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Attribute sets")]
public sealed class AttributeSetsController(IAttributeSetAppService sets) : ControllerBase
{
    /// <summary>Gets an attribute set.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<AttributeSetDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<AttributeSetDto> Get(Guid id, CancellationToken ct) => sets.GetAsync(id, ct);

    /// <summary>Lists the attribute sets by name, filtered by part of the name.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResultDto<AttributeSetDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<PagedResultDto<AttributeSetDto>> GetList([FromQuery] GetAttributeSetListInput input, CancellationToken ct) =>
        sets.GetListAsync(input, ct);

    /// <summary>Creates an attribute set; its name is unique in the tenant.</summary>
    [HttpPost]
    [ProducesResponseType<AttributeSetDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<AttributeSetDto>> Create(CreateAttributeSetDto input, CancellationToken ct)
    {
        var set = await sets.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = set.Id }, set);
    }

    /// <summary>Renames an attribute set and replaces its attributes; refused with 409 when the version is stale.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<AttributeSetDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<AttributeSetDto> Update(Guid id, UpdateAttributeSetDto input, CancellationToken ct) => sets.UpdateAsync(id, input, ct);

    /// <summary>Deletes an attribute set; refused with 409 while products use it.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await sets.DeleteAsync(id, ct);
        return NoContent();
    }
}
