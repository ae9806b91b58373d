using System.ComponentModel.DataAnnotations;

namespace Commerce.Features;

public sealed record CreateEditionDto
{
    /// <summary>The stable name ("Standard"); unique.</summary>
    [Required]
    [StringLength(EditionConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    [Required]
    [StringLength(EditionConsts.DisplayNameMaxLength)]
    public string DisplayName { get; init; } = string.Empty;

    /// <summary>Feature name to value; a feature left out, or set to null, gets its default.</summary>
    public IReadOnlyDictionary<string, string?> FeatureValues { get; init; } = new Dictionary<string, string?>();
}
