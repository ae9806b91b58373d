using Commerce.Features;
using Commerce.HttpApi.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Features;

/// <summary>Center Control: the plans (editions) and the feature values they set.</summary>
[ApiController]
[Route("api/host/features/editions")]
[Authorize(Policy = CommerceAuthorizationPolicies.Host)]
[Tags("Editions")]
public sealed class EditionsController(IEditionAppService editions) : ControllerBase
{
    /// <summary>Lists the features a plan can set, with their types and defaults.</summary>
    [HttpGet("feature-definitions")]
    [ProducesResponseType<IReadOnlyList<FeatureDefinitionDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<FeatureDefinitionDto>> GetFeatureDefinitions(CancellationToken ct) => editions.GetFeatureDefinitionsAsync(ct);

    /// <summary>Lists the editions by name.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<EditionDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<EditionDto>> GetList(CancellationToken ct) => editions.GetListAsync(ct);

    /// <summary>Gets an edition with every feature's value on it.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<EditionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<EditionDto> Get(Guid id, CancellationToken ct) => editions.GetAsync(id, ct);

    /// <summary>Creates an edition.</summary>
    [HttpPost]
    [ProducesResponseType<EditionDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<EditionDto>> Create(CreateEditionDto input, CancellationToken ct)
    {
        var edition = await editions.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = edition.Id }, edition);
    }

    /// <summary>Renames an edition and changes the feature values named; its tenants get them at once.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<EditionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<EditionDto> Update(Guid id, UpdateEditionDto input, CancellationToken ct) => editions.UpdateAsync(id, input, ct);

    /// <summary>Deletes an edition that no tenant is on.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await editions.DeleteAsync(id, ct);
        return NoContent();
    }
}
