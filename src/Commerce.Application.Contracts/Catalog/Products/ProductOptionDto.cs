using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Products;

/// <summary>An option (Size) with its values (S, M, L) in display order.</summary>
public sealed record ProductOptionDto
{
    [Required]
    [StringLength(ProductConsts.OptionNameMaxLength)]
    public string Name { get; init; } = string.Empty;

    [Required]
    [MinLength(1)]
    [MaxLength(ProductConsts.MaxOptionValueCount)]
    [ItemLength(ProductConsts.OptionValueMaxLength)]
    public IReadOnlyList<string> Values { get; init; } = [];
}
