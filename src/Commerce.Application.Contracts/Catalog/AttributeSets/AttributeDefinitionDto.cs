using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.AttributeSets;

/// <summary>One attribute of a set, as read and as written.</summary>
public sealed record AttributeDefinitionDto
{
    /// <summary>Lower-case letters, digits and underscores; unique within the set.</summary>
    [Required]
    [StringLength(AttributeSetConsts.CodeMaxLength)]
    [RegularExpression(AttributeSetConsts.CodePattern)]
    public string Code { get; init; } = string.Empty;

    [Required]
    [StringLength(AttributeSetConsts.LabelMaxLength)]
    public string Label { get; init; } = string.Empty;

    public AttributeType Type { get; init; }

    public bool IsRequired { get; init; }

    /// <summary>The choices of a select attribute, in display order; none for the other types.</summary>
    [MaxLength(AttributeSetConsts.MaxOptionCount)]
    public IReadOnlyList<string> Options { get; init; } = [];
}
