using Commerce.HttpApi.Media;
using Commerce.Stores.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Stores;

/// <summary>
/// Uploaded logos and banners for img tags on the storefront, in emails and in the backoffice: public, and cacheable
/// for a year by browsers and CDNs, as product images are. Outside /api on purpose: it is not part of the authorized API.
/// </summary>
[ApiController]
[Route("media/store-media")]
[AllowAnonymous]
[Tags("Stores")]
public sealed class StoreMediaContentController(IStoreMediaContentAppService files) : ControllerBase
{
    /// <summary>The picture made for the storefront and emails ("1920.jpg" or "1920.png"); 304 for a matching If-None-Match.</summary>
    [HttpGet("{tenantId:guid}/{mediaId:guid}/{fileName}")]
    [ResponseCache(Duration = MediaFileResults.CacheSeconds, Location = ResponseCacheLocation.Any)]
    [ProducesResponseType<FileStreamResult>(StatusCodes.Status200OK, "image/jpeg", "image/png")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(Guid tenantId, Guid mediaId, string fileName, CancellationToken ct) =>
        (await files.GetAsync(tenantId, mediaId, fileName, ct)).ToFileResult();
}
