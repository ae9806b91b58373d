using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Products;

/// <summary>The product's own data; changed options keep the variants that still match and generate the missing ones.</summary>
public sealed record UpdateProductDto
{
    [Required]
    [StringLength(ProductConsts.TitleMaxLength)]
    public string Title { get; init; } = string.Empty;

    [Required]
    [StringLength(HandleConsts.MaxLength)]
    [RegularExpression(HandleConsts.Pattern)]
    public string Handle { get; init; } = string.Empty;

    /// <summary>Rich text; anything that could run script is removed.</summary>
    [StringLength(ProductConsts.DescriptionMaxLength)]
    public string? Description { get; init; }

    [StringLength(ProductConsts.SeoTitleMaxLength)]
    public string? SeoTitle { get; init; }

    [StringLength(ProductConsts.SeoDescriptionMaxLength)]
    public string? SeoDescription { get; init; }

    [MaxLength(ProductConsts.MaxTagCount)]
    [ItemLength(ProductConsts.TagMaxLength)]
    public IReadOnlyList<string> Tags { get; init; } = [];

    [MaxLength(ProductConsts.MaxStoreCount)]
    public IReadOnlyList<Guid> StoreIds { get; init; } = [];

    [MaxLength(ProductConsts.MaxCategoryCount)]
    public IReadOnlyList<Guid> CategoryIds { get; init; } = [];

    public Guid? AttributeSetId { get; init; }

    [MaxLength(ProductConsts.MaxAttributeValueCount)]
    public IReadOnlyList<AttributeValueDto> AttributeValues { get; init; } = [];

    [MaxLength(ProductConsts.MaxOptionCount)]
    public IReadOnlyList<ProductOptionDto> Options { get; init; } = [];

    /// <summary>The version the caller read; the update is refused with 409 when the product changed since.</summary>
    public uint Version { get; init; }
}
