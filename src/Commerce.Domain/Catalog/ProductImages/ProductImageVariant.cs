namespace Commerce.Catalog.ProductImages;

/// <summary>A variant this image is the image of; a variant has one image at most (a unique index guarantees it).</summary>
public sealed class ProductImageVariant
{
    private ProductImageVariant()
    {
    }

    internal ProductImageVariant(Guid variantId)
    {
        VariantId = variantId;
    }

    public Guid VariantId { get; private set; }
}
