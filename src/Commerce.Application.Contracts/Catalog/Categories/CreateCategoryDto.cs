using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Categories;

public sealed record CreateCategoryDto
{
    [Required]
    [StringLength(CategoryConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>The URL handle; made from the name when omitted.</summary>
    [StringLength(HandleConsts.MaxLength)]
    [RegularExpression(HandleConsts.Pattern)]
    public string? Handle { get; init; }

    /// <summary>Rich text; anything that could run script is removed.</summary>
    [StringLength(CategoryConsts.DescriptionMaxLength)]
    public string? Description { get; init; }

    /// <summary>The parent; none puts the category at the root. It goes last among its siblings.</summary>
    public Guid? ParentId { get; init; }

    public bool IsHidden { get; init; }
}
