using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Categories;

public sealed record UpdateCategoryDto
{
    [Required]
    [StringLength(CategoryConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    [Required]
    [StringLength(HandleConsts.MaxLength)]
    [RegularExpression(HandleConsts.Pattern)]
    public string Handle { get; init; } = string.Empty;

    /// <summary>Rich text; anything that could run script is removed.</summary>
    [StringLength(CategoryConsts.DescriptionMaxLength)]
    public string? Description { get; init; }

    /// <summary>Hides the category from the storefront's navigation, or shows it again.</summary>
    public bool IsHidden { get; init; }

    /// <summary>The version the caller read; the update is refused with 409 when the category changed since.</summary>
    public uint Version { get; init; }
}
