using Commerce.Media;

namespace Commerce.Stores.Media;

/// <summary>
/// The files of uploaded logos and banners, for anyone: the storefront shows them to every visitor, and img tags send
/// no token. A file of a tenant that is not active, an unknown id and an unknown size are all not found.
/// </summary>
public interface IStoreMediaContentAppService
{
    /// <summary>The picture made for the storefront (size "1920"); the original is not served.</summary>
    Task<MediaContentDto> GetAsync(Guid tenantId, Guid mediaId, string size, CancellationToken ct);
}
