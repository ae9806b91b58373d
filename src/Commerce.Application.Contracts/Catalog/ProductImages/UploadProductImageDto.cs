using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.ProductImages;

/// <summary>An uploaded file: only its content counts; its name and claimed type are not trusted.</summary>
public sealed record UploadProductImageDto
{
    public required Stream Content { get; init; }

    [StringLength(ProductImageConsts.AltTextMaxLength)]
    public string? AltText { get; init; }
}
