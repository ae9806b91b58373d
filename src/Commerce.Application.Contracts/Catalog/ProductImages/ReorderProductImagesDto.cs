using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.ProductImages;

public sealed record ReorderProductImagesDto
{
    /// <summary>Every image of the product, each once, in the new order.</summary>
    [Required]
    [MaxLength(ProductImageConsts.MaxGallerySize)]
    public IReadOnlyList<Guid> ImageIds { get; init; } = [];
}
