using System.ComponentModel.DataAnnotations;

namespace Commerce.Features;

public sealed record UpdateEditionDto
{
    [Required]
    [StringLength(EditionConsts.DisplayNameMaxLength)]
    public string DisplayName { get; init; } = string.Empty;

    /// <summary>Feature name to value; only the features named change, and null returns one to its default.</summary>
    public IReadOnlyDictionary<string, string?> FeatureValues { get; init; } = new Dictionary<string, string?>();

    public uint Version { get; init; }
}
