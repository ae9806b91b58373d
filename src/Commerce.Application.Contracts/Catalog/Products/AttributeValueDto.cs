using System.ComponentModel.DataAnnotations;
using Commerce.Catalog.AttributeSets;

namespace Commerce.Catalog.Products;

/// <summary>A product's value of one attribute: the field of the attribute's type is set, the options for both select types.</summary>
public sealed record AttributeValueDto
{
    [Required]
    [StringLength(AttributeSetConsts.CodeMaxLength)]
    public string Code { get; init; } = string.Empty;

    [StringLength(AttributeSetConsts.TextValueMaxLength)]
    public string? Text { get; init; }

    public decimal? Number { get; init; }

    public bool? Boolean { get; init; }

    [MaxLength(AttributeSetConsts.MaxOptionCount)]
    public IReadOnlyList<string>? Options { get; init; }
}
