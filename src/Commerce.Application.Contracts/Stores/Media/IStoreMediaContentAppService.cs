using Commerce.Media;

namespace Commerce.Stores.Media;

/// <summary>
/// The files of uploaded logos and banners, for anyone: the storefront shows them to every visitor, and img tags send
/// no token, nor do emails. A file of a tenant that is not active, an unknown id and an unknown name are all not found.
/// </summary>
public interface IStoreMediaContentAppService
{
    /// <summary>The picture made for the storefront and emails ("1920.jpg" or "1920.png"); the original is not served.</summary>
    Task<MediaContentDto> GetAsync(Guid tenantId, Guid mediaId, string fileName, CancellationToken ct);
}
