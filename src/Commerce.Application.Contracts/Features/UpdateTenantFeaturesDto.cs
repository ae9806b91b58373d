using System.ComponentModel.DataAnnotations;

namespace Commerce.Features;

public sealed record UpdateTenantFeaturesDto
{
    /// <summary>Feature name to override; only the features named change, and null removes the override.</summary>
    [Required]
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
}
