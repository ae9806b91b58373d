using Commerce.BlobStoring;

namespace Commerce.Stores.Media;

/// <summary>
/// A picture uploaded for a store's appearance (its logo, a banner). It has no row: the store's settings hold its
/// public address like any other URL, and the blob store holds its files under the tenant's prefix, named by the
/// upload's id. An id's files never change, so the address can be cached for good.
/// </summary>
public static class StoreMedia
{
    /// <summary>The file as uploaded, kept so other sizes can be made later without asking for it again; not served.</summary>
    public static BlobName OriginalBlob(Guid id) => new(StoreMediaConsts.BlobContainer, $"{id:N}/original");

    /// <summary>What the storefront and emails show: "1920.jpg" or "1920.png" (<see cref="DisplayFileName"/>).</summary>
    public static BlobName DisplayBlob(Guid id, string fileName) => new(StoreMediaConsts.BlobContainer, $"{id:N}/{fileName}");

    /// <summary>The display file's name: its size, and the extension of a format every browser and mail client shows.</summary>
    public static string DisplayFileName(bool photo) => $"{StoreMediaConsts.DisplaySize}.{(photo ? "jpg" : "png")}";

    /// <summary>The type of a display file by its name; null for any other name.</summary>
    public static string? DisplayContentType(string fileName) =>
        fileName == DisplayFileName(photo: true) ? "image/jpeg" : fileName == DisplayFileName(photo: false) ? "image/png" : null;

    /// <summary>The site-relative address the host serves a display file at, on any of the tenant's domains.</summary>
    public static string Url(Guid tenantId, Guid id, string fileName) => $"/media/store-media/{tenantId:D}/{id:D}/{fileName}";
}
