using Commerce.Catalog.ProductImages;
using Commerce.HttpApi.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Catalog.ProductImages;

/// <summary>
/// Product images for img tags on the storefront and in the backoffice: public (images are shown to every visitor,
/// and an img tag sends no token), and cacheable for a year by browsers and CDNs, since the file under one image id
/// and size never changes. Outside /api on purpose: it is not part of the authorized API.
/// </summary>
[ApiController]
[Route("media/product-images")]
[AllowAnonymous]
[Tags("Product images")]
public sealed class ProductImageContentController(IProductImageContentAppService files) : ControllerBase
{
    /// <summary>The original ("original") or a thumbnail by its size ("160", "480", "1024"); 304 for a matching If-None-Match.</summary>
    [HttpGet("{tenantId:guid}/{imageId:guid}/{size}")]
    [ResponseCache(Duration = MediaFileResults.CacheSeconds, Location = ResponseCacheLocation.Any)]
    [ProducesResponseType<FileStreamResult>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/webp", "image/gif")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(Guid tenantId, Guid imageId, string size, CancellationToken ct) =>
        (await files.GetAsync(tenantId, imageId, size, ct)).ToFileResult();
}
