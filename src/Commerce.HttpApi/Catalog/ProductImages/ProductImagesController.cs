using System.ComponentModel.DataAnnotations;
using Commerce.Catalog.ProductImages;
using Commerce.HttpApi.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Catalog.ProductImages;

/// <summary>A product's image gallery. The files themselves are served at /media/product-images/{tenantId}/{imageId}/{size}.</summary>
[ApiController]
[Route("api/catalog/products/{productId:guid}/images")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Product images")]
public sealed class ProductImagesController(IProductImageAppService images) : ControllerBase
{
    /// <summary>Lists the product's images in gallery order.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ProductImageDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<ProductImageDto>> GetList(Guid productId, CancellationToken ct) => images.GetListAsync(productId, ct);

    /// <summary>Gets an image, e.g. to see whether its thumbnails are made.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ProductImageDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<ProductImageDto> Get(Guid productId, Guid id, CancellationToken ct) => images.GetAsync(productId, id, ct);

    /// <summary>
    /// Uploads an image (multipart form: <c>file</c>, optional <c>altText</c>) to the end of the gallery. The type is
    /// read from the content: JPEG, PNG, WebP or GIF, up to 10 MB and 40 megapixels, else 400 with
    /// Commerce:Media:NotAnImage, ImageTooLarge or ImageDimensionsTooLarge. Thumbnails follow in the background.
    /// </summary>
    [HttpPost]
    [RequestSizeLimit(ProductImageConsts.MaxUploadRequestSize)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProductImageConsts.MaxUploadRequestSize)]
    [ProducesResponseType<ProductImageDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<ProductImageDto>> Upload(
        Guid productId, IFormFile? file, [FromForm][StringLength(ProductImageConsts.AltTextMaxLength)] string? altText, CancellationToken ct)
    {
        // A request without a file reaches the permission check, and then fails as an empty file: not an image.
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var image = await images.UploadAsync(productId, new UploadProductImageDto { Content = content, AltText = altText }, ct);
        return CreatedAtAction(nameof(Get), new { productId, id = image.Id }, image);
    }

    /// <summary>Changes an image's alt text and the variants it is the image of (409 Commerce:Media:VariantAlreadyHasImage).</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<ProductImageDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ProductImageDto> Update(Guid productId, Guid id, UpdateProductImageDto input, CancellationToken ct) =>
        images.UpdateAsync(productId, id, input, ct);

    /// <summary>Puts the whole gallery in a new order; the list must name every image once (400 Commerce:Media:GalleryOrderMismatch).</summary>
    [HttpPost("reorder")]
    [ProducesResponseType<IReadOnlyList<ProductImageDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<IReadOnlyList<ProductImageDto>> Reorder(Guid productId, ReorderProductImagesDto input, CancellationToken ct) =>
        images.ReorderAsync(productId, input, ct);

    /// <summary>Deletes an image and its files.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid productId, Guid id, CancellationToken ct)
    {
        await images.DeleteAsync(productId, id, ct);
        return NoContent();
    }
}
