using Commerce.Catalog.Categories;
using Commerce.HttpApi.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Catalog.Categories;

/// <summary>The tenant's category tree.</summary>
[ApiController]
[Route("api/catalog/categories")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Categories")]
public sealed class CategoriesController(ICategoryAppService categories) : ControllerBase
{
    /// <summary>Gets the whole tree: the roots, each with its subcategories, every level by position.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<CategoryTreeNodeDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<CategoryTreeNodeDto>> GetTree(CancellationToken ct) => categories.GetTreeAsync(ct);

    /// <summary>Gets a category.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<CategoryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<CategoryDto> Get(Guid id, CancellationToken ct) => categories.GetAsync(id, ct);

    /// <summary>Creates a category, last among its siblings; the handle is made from the name when omitted.</summary>
    [HttpPost]
    [ProducesResponseType<CategoryDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CategoryDto>> Create(CreateCategoryDto input, CancellationToken ct)
    {
        var category = await categories.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = category.Id }, category);
    }

    /// <summary>Renames, re-handles, describes, hides or shows a category; refused with 409 when the version is stale.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<CategoryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<CategoryDto> Update(Guid id, UpdateCategoryDto input, CancellationToken ct) => categories.UpdateAsync(id, input, ct);

    /// <summary>Moves a category, with its subcategories, under another parent at a position; never under itself.</summary>
    [HttpPost("{id:guid}/move")]
    [ProducesResponseType<CategoryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<CategoryDto> Move(Guid id, MoveCategoryDto input, CancellationToken ct) => categories.MoveAsync(id, input, ct);

    /// <summary>Puts the children of one parent in a new order.</summary>
    [HttpPost("reorder")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> Reorder(ReorderCategoriesDto input, CancellationToken ct)
    {
        await categories.ReorderAsync(input, ct);
        return NoContent();
    }

    /// <summary>Deletes a category and takes it off its products; refused with 409 while it has subcategories.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await categories.DeleteAsync(id, ct);
        return NoContent();
    }
}
