using Commerce.Media;

namespace Commerce.Catalog.ProductImages;

public static class ProductImageConsts
{
    /// <summary>The largest file accepted: <see cref="ImageUploadConsts.MaxByteSize"/>, as for every image upload.</summary>
    public const long MaxByteSize = ImageUploadConsts.MaxByteSize;

    public const long MaxUploadRequestSize = ImageUploadConsts.MaxUploadRequestSize;

    public const int AltTextMaxLength = 512;

    public const int ContentTypeMaxLength = 32;

    /// <summary>The most variants one image can be the image of (a reasonable gallery, and a bounded request).</summary>
    public const int MaxVariantsPerImage = 200;

    /// <summary>The most ids a gallery reorder takes.</summary>
    public const int MaxGallerySize = 500;

    /// <summary>The container the originals and thumbnails are kept in.</summary>
    public const string BlobContainer = "product-images";

    /// <summary>The size that names the uploaded file itself rather than a thumbnail.</summary>
    public const string OriginalSize = "original";

    /// <summary>The thumbnails made of every image: the long side in pixels, never larger than the original's.</summary>
    public static IReadOnlyList<int> ThumbnailSizes { get; } = [160, 480, 1024];
}
