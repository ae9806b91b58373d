namespace Commerce.Catalog.ProductImages;

public enum ProductImageThumbnailState
{
    /// <summary>Uploaded; the thumbnails are being made in the background.</summary>
    Pending,

    /// <summary>Every size in <see cref="ProductImageConsts.ThumbnailSizes"/> is there.</summary>
    Ready,
}
