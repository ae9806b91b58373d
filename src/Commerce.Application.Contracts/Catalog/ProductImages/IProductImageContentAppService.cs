using Commerce.Media;

namespace Commerce.Catalog.ProductImages;

/// <summary>
/// The files of product images, for anyone: the storefront shows them to every visitor, and img tags send no token.
/// An image of a tenant that is not active, an unknown image and a thumbnail not made yet are all not found.
/// </summary>
public interface IProductImageContentAppService
{
    /// <summary>The original ("original") or a thumbnail (its size, "480").</summary>
    Task<MediaContentDto> GetAsync(Guid tenantId, Guid imageId, string size, CancellationToken ct);
}
