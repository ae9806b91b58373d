using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.AttributeSets;

public sealed record CreateAttributeSetDto
{
    [Required]
    [StringLength(AttributeSetConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>The attributes in display order.</summary>
    [MaxLength(AttributeSetConsts.MaxAttributeCount)]
    public IReadOnlyList<AttributeDefinitionDto> Attributes { get; init; } = [];
}
