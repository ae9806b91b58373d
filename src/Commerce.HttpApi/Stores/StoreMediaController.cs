using Commerce.HttpApi.Authorization;
using Commerce.Media;
using Commerce.Stores.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Stores;

/// <summary>Pictures for a store's logo and banners. The files are served at /media/store-media/{tenantId}/{mediaId}/{fileName}.</summary>
[ApiController]
[Route("api/stores/{storeId:guid}/media")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Stores")]
public sealed class StoreMediaController(IStoreMediaAppService media) : ControllerBase
{
    /// <summary>
    /// Uploads a picture for the store's logo or a banner (multipart form: <c>file</c>) and answers with its public
    /// address, to be saved in the store's appearance; the store itself is not changed. The file is checked as
    /// product images are: JPEG, PNG, WebP or GIF by content, up to 10 MB and 40 megapixels, else 400 with
    /// Commerce:Media:NotAnImage, ImageTooLarge or ImageDimensionsTooLarge. The address serves a picture made of the
    /// upload, at most 1920 px on its long side and without its metadata: JPEG for a JPEG, PNG for anything else.
    /// </summary>
    [HttpPost]
    [RequestSizeLimit(ImageUploadConsts.MaxUploadRequestSize)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImageUploadConsts.MaxUploadRequestSize)]
    [ProducesResponseType<StoreMediaDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<StoreMediaDto>> Upload(Guid storeId, IFormFile? file, CancellationToken ct)
    {
        // A request without a file reaches the permission check, and then fails as an empty file: not an image.
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var uploaded = await media.UploadAsync(storeId, new UploadStoreMediaDto { Content = content }, ct);
        return Created(uploaded.Url, uploaded);
    }
}
