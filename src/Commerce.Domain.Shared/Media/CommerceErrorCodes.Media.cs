namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Media
    {
        /// <summary>The file is not a JPEG, PNG, WebP or GIF image by its content, or it is damaged.</summary>
        public const string NotAnImage = "Commerce:Media:NotAnImage";

        public const string ImageTooLarge = "Commerce:Media:ImageTooLarge";

        /// <summary>The header claims more pixels than are decoded (a decompression bomb, or simply too big).</summary>
        public const string ImageDimensionsTooLarge = "Commerce:Media:ImageDimensionsTooLarge";

        /// <summary>A variant has one image at most.</summary>
        public const string VariantAlreadyHasImage = "Commerce:Media:VariantAlreadyHasImage";

        /// <summary>A new gallery order must list every image of the product exactly once.</summary>
        public const string GalleryOrderMismatch = "Commerce:Media:GalleryOrderMismatch";
    }
}
