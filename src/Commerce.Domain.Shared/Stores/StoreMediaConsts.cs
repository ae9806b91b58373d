namespace Commerce.Stores;

public static class StoreMediaConsts
{
    /// <summary>The container uploaded logos and banners are kept in.</summary>
    public const string BlobContainer = "store-media";

    /// <summary>
    /// The long side, in pixels, of the one picture made of each upload for the storefront and emails: wide enough
    /// for a full-width banner, and never larger than the upload itself.
    /// </summary>
    public const int DisplaySize = 1920;
}
