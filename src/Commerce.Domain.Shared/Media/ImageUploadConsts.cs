namespace Commerce.Media;

/// <summary>The limits every uploaded image is held to, whatever it is for (product images, store logos and banners).</summary>
public static class ImageUploadConsts
{
    /// <summary>The largest file accepted: 10 MB.</summary>
    public const long MaxByteSize = 10 * 1024 * 1024;

    /// <summary>The largest upload request: the file plus the form's other fields and boundaries.</summary>
    public const long MaxUploadRequestSize = MaxByteSize + (64 * 1024);

    /// <summary>The most pixels an image may have (40 megapixels), read from its header before any pixel is decoded.</summary>
    public const long MaxPixelCount = 40_000_000;
}
