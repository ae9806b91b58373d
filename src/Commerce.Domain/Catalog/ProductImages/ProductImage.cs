using Commerce.Auditing;
using Commerce.BlobStoring;
using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Catalog.ProductImages;

/// <summary>
/// One picture in a product's gallery: the uploaded original (kept in the blob store), what its content turned out
/// to be, its place in the gallery, the variants it shows, and whether its thumbnails are made. Deleting an image
/// deletes it for good, with its files: a soft-deleted row would point at files that are gone.
/// </summary>
public sealed class ProductImage : AggregateRoot, IMultiTenant, IHasCreationAudit, IHasModificationAudit
{
    private readonly List<ProductImageVariant> variants = [];

    private ProductImage()
    {
        OriginalBlobName = string.Empty;
        ContentType = string.Empty;
        ThumbnailSizes = [];
    }

    internal ProductImage(Guid id, Guid productId, string contentType, int width, int height, long byteSize, int position)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(contentType.Length, ProductImageConsts.ContentTypeMaxLength, nameof(contentType));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(byteSize);
        ProductId = productId;
        OriginalBlobName = $"{id:N}/{ProductImageConsts.OriginalSize}";
        ContentType = contentType;
        Width = width;
        Height = height;
        ByteSize = byteSize;
        Position = position;
        ThumbnailState = ProductImageThumbnailState.Pending;
        ThumbnailSizes = [];
    }

    public Guid TenantId { get; private set; }

    public Guid ProductId { get; private set; }

    /// <summary>The original's path in the <see cref="ProductImageConsts.BlobContainer"/> container.</summary>
    public string OriginalBlobName { get; private set; }

    /// <summary>The type the content was found to be ("image/png"), whatever the upload claimed.</summary>
    public string ContentType { get; private set; }

    /// <summary>The width as shown: for a photo turned by its EXIF orientation, the upright width.</summary>
    public int Width { get; private set; }

    public int Height { get; private set; }

    public long ByteSize { get; private set; }

    public string? AltText { get; private set; }

    /// <summary>The place in the product's gallery, from 0; ties (never made by this code) fall back to the id.</summary>
    public int Position { get; private set; }

    public ProductImageThumbnailState ThumbnailState { get; private set; }

    /// <summary>The thumbnail sizes that are made, in ascending order.</summary>
    public IReadOnlyList<int> ThumbnailSizes { get; private set; }

    public IReadOnlyList<ProductImageVariant> Variants => variants;

    public IReadOnlyList<Guid> VariantIds => variants.ConvertAll(v => v.VariantId);

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    public DateTimeOffset? LastModificationTime { get; private set; }

    public Guid? LastModifierId { get; private set; }

    /// <summary>The thumbnail of an image; named by the image alone, so it can be cleaned up after the row is gone.</summary>
    public static BlobName ThumbnailBlob(Guid imageId, int size) => new(ProductImageConsts.BlobContainer, $"{imageId:N}/{size}.webp");

    public BlobName OriginalBlob() => new(ProductImageConsts.BlobContainer, OriginalBlobName);

    /// <summary>Sets the text read out instead of the picture; blank clears it.</summary>
    public void Describe(string? altText)
    {
        altText = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim();
        if (altText is not null)
            ArgumentOutOfRangeException.ThrowIfGreaterThan(altText.Length, ProductImageConsts.AltTextMaxLength, nameof(altText));
        AltText = altText;
    }

    public void MarkThumbnailsReady(IEnumerable<int> sizes)
    {
        ThumbnailSizes = [.. sizes.Distinct().Order()];
        ThumbnailState = ProductImageThumbnailState.Ready;
    }

    public bool HasThumbnail(int size) => ThumbnailState == ProductImageThumbnailState.Ready && ThumbnailSizes.Contains(size);

    /// <summary>Makes the image the image of exactly these variants; <see cref="ProductImageManager"/> checks no other image has them.</summary>
    internal void SetVariants(IEnumerable<Guid> variantIds)
    {
        var wanted = variantIds.ToHashSet();
        variants.RemoveAll(v => !wanted.Contains(v.VariantId));
        foreach (var id in wanted.Where(id => !variants.Exists(v => v.VariantId == id)))
            variants.Add(new ProductImageVariant(id));
    }

    internal void MoveTo(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        Position = position;
    }
}
