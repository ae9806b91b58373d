using Commerce.Application.Dtos;
using Commerce.Catalog.Products;
using Commerce.HttpApi.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Catalog.Products;

/// <summary>The tenant's products.</summary>
[ApiController]
[Route("api/catalog/products")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Products")]
public sealed class ProductsController(IProductAppService products) : ControllerBase
{
    /// <summary>Gets a product with its variants.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<ProductDto> Get(Guid id, CancellationToken ct) => products.GetAsync(id, ct);

    /// <summary>Lists products a page at a time: searched by words (typos too), filtered by status, category and store, sorted.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResultDto<ProductListItemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<PagedResultDto<ProductListItemDto>> GetList([FromQuery] GetProductListInput input, CancellationToken ct) =>
        products.GetListAsync(input, ct);

    /// <summary>Creates a draft product; refused with 403 past the plan's product limit.</summary>
    [HttpPost]
    [ProducesResponseType<ProductDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<ProductDto>> Create(CreateProductDto input, CancellationToken ct)
    {
        var product = await products.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = product.Id }, product);
    }

    /// <summary>Changes a product's own data and options; refused with 409 when the version is stale.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductDto> Update(Guid id, UpdateProductDto input, CancellationToken ct) => products.UpdateAsync(id, input, ct);

    /// <summary>Deletes a product.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await products.DeleteAsync(id, ct);
        return NoContent();
    }

    /// <summary>Puts a draft product on sale.</summary>
    [HttpPost("{id:guid}/activate")]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductDto> Activate(Guid id, CancellationToken ct) => products.ActivateAsync(id, ct);

    /// <summary>Archives a product: off sale and out of the default view.</summary>
    [HttpPost("{id:guid}/archive")]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductDto> Archive(Guid id, CancellationToken ct) => products.ArchiveAsync(id, ct);

    /// <summary>Takes an active or archived product back to draft.</summary>
    [HttpPost("{id:guid}/draft")]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductDto> MoveToDraft(Guid id, CancellationToken ct) => products.MoveToDraftAsync(id, ct);
}
