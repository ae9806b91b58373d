using Commerce.Catalog.Products;
using Commerce.HttpApi.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Catalog.Products;

/// <summary>A product's variants; every change answers the product with its new version.</summary>
[ApiController]
[Route("api/catalog/products/{productId:guid}/variants")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Product variants")]
public sealed class ProductVariantsController(IProductVariantAppService variants) : ControllerBase
{
    /// <summary>Adds a variant for a combination of option values no variant has.</summary>
    [HttpPost]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductDto> Add(Guid productId, CreateProductVariantDto input, CancellationToken ct) => variants.AddAsync(productId, input, ct);

    /// <summary>Changes a variant's SKU, barcode, prices and weight.</summary>
    [HttpPut("{variantId:guid}")]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductDto> Update(Guid productId, Guid variantId, UpdateProductVariantDto input, CancellationToken ct) =>
        variants.UpdateAsync(productId, variantId, input, ct);

    /// <summary>Deletes a variant, given the product's version; the product keeps at least one.</summary>
    [HttpDelete("{variantId:guid}")]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductDto> Delete(Guid productId, Guid variantId, [FromQuery] uint version, CancellationToken ct) =>
        variants.DeleteAsync(productId, variantId, version, ct);

    /// <summary>Adds a variant for every combination of option values that has none.</summary>
    [HttpPost("generate")]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductDto> Generate(Guid productId, GenerateVariantsDto input, CancellationToken ct) => variants.GenerateAsync(productId, input, ct);

    /// <summary>Replaces a variant's prices per store.</summary>
    [HttpPut("{variantId:guid}/store-prices")]
    [ProducesResponseType<ProductDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductDto> SetStorePrices(Guid productId, Guid variantId, SetVariantStorePricesDto input, CancellationToken ct) =>
        variants.SetStorePricesAsync(productId, variantId, input, ct);
}
