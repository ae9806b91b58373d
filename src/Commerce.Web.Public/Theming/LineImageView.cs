using Commerce.Catalog.Storefront;

namespace Commerce.Web.Public.Theming;

/// <summary>A cart or order line's thumbnail, named by the product; a line without a picture gets an empty frame.</summary>
public sealed record LineImageView(StorefrontImageDto? Image, string? ProductTitle)
{
    /// <summary>The width the stylesheet gives a line's thumbnail (.line-image), for the browser's pick from the srcset.</summary>
    public const string Sizes = "4rem";

    public static LineImageView Of(IReadOnlyDictionary<Guid, StorefrontImageDto> images, Guid variantId, string? productTitle) =>
        new(images.GetValueOrDefault(variantId), productTitle);
}
