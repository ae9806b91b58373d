using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Products;

public sealed record CreateProductVariantDto
{
    /// <summary>One value of each of the product's options, in the options' order; a combination no variant has yet.</summary>
    [Required]
    [MaxLength(ProductConsts.MaxOptionCount)]
    [ItemLength(ProductConsts.OptionValueMaxLength)]
    public IReadOnlyList<string> OptionValues { get; init; } = [];

    [StringLength(ProductVariantConsts.SkuMaxLength)]
    public string? Sku { get; init; }

    [StringLength(ProductVariantConsts.BarcodeMaxLength)]
    public string? Barcode { get; init; }

    [Price]
    public decimal Price { get; init; }

    [Price]
    public decimal? CompareAtPrice { get; init; }

    [Price]
    public decimal? SpecialPrice { get; init; }

    public DateTimeOffset? SpecialPriceStart { get; init; }

    /// <summary>Exclusive; after the start.</summary>
    public DateTimeOffset? SpecialPriceEnd { get; init; }

    [Range(0, ProductVariantConsts.MaxWeightGrams)]
    public int? WeightGrams { get; init; }

    /// <summary>The product's version the caller read.</summary>
    public uint Version { get; init; }
}
