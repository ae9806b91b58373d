using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.AttributeSets;

public sealed record UpdateAttributeSetDto
{
    [Required]
    [StringLength(AttributeSetConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>The attributes in display order; they replace the set's. Products are checked against them at their next save.</summary>
    [MaxLength(AttributeSetConsts.MaxAttributeCount)]
    public IReadOnlyList<AttributeDefinitionDto> Attributes { get; init; } = [];

    /// <summary>The version the caller read; the update is refused with 409 when the set changed since.</summary>
    public uint Version { get; init; }
}
