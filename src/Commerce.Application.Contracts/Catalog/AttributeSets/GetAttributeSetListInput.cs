using System.ComponentModel.DataAnnotations;
using Commerce.Application.Dtos;

namespace Commerce.Catalog.AttributeSets;

public sealed record GetAttributeSetListInput : PagedRequestDto
{
    /// <summary>Part of the name.</summary>
    [StringLength(AttributeSetConsts.NameMaxLength)]
    public string? Filter { get; init; }
}
