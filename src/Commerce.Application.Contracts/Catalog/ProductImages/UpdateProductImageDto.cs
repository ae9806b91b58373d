using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.ProductImages;

public sealed record UpdateProductImageDto
{
    [StringLength(ProductImageConsts.AltTextMaxLength)]
    public string? AltText { get; init; }

    /// <summary>The variants the image is the image of, replacing the ones it had; each variant has one image at most.</summary>
    [MaxLength(ProductImageConsts.MaxVariantsPerImage)]
    public IReadOnlyList<Guid> VariantIds { get; init; } = [];

    public uint Version { get; init; }
}
