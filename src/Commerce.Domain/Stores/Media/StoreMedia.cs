using Commerce.BlobStoring;

namespace Commerce.Stores.Media;

/// <summary>
/// A picture uploaded for a store's appearance (its logo, a banner). It has no row: the store's settings hold its
/// public address like any other URL, and the blob store holds its files under the tenant's prefix, named by the
/// upload's id. An id's files never change, so the address can be cached for good.
/// </summary>
public static class StoreMedia
{
    /// <summary>The file as uploaded, kept so other sizes can be made later without asking for it again.</summary>
    public static BlobName OriginalBlob(Guid id) => new(StoreMediaConsts.BlobContainer, $"{id:N}/original");

    /// <summary>What the storefront shows: WebP, upright, its long side at most <see cref="StoreMediaConsts.DisplaySize"/>.</summary>
    public static BlobName DisplayBlob(Guid id) => new(StoreMediaConsts.BlobContainer, $"{id:N}/{StoreMediaConsts.DisplaySize}.webp");

    /// <summary>The site-relative address the host serves the displayed picture at, on any of the tenant's domains.</summary>
    public static string Url(Guid tenantId, Guid id) => $"/media/store-media/{tenantId:D}/{id:D}/{StoreMediaConsts.DisplaySize}";
}
