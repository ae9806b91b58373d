using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Products;

/// <summary>A new product, created as a draft. The variant fields describe its first variant; with options, the other combinations are generated from it.</summary>
public sealed record CreateProductDto
{
    [Required]
    [StringLength(ProductConsts.TitleMaxLength)]
    public string Title { get; init; } = string.Empty;

    /// <summary>The URL handle; made from the title when omitted.</summary>
    [StringLength(HandleConsts.MaxLength)]
    [RegularExpression(HandleConsts.Pattern)]
    public string? Handle { get; init; }

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

    [StringLength(ProductVariantConsts.SkuMaxLength)]
    public string? Sku { get; init; }

    [StringLength(ProductVariantConsts.BarcodeMaxLength)]
    public string? Barcode { get; init; }

    [Price]
    public decimal Price { get; init; }

    [Price]
    public decimal? CompareAtPrice { get; init; }

    [Range(0, ProductVariantConsts.MaxWeightGrams)]
    public int? WeightGrams { get; init; }
}
