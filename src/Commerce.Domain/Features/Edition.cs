using Commerce.Domain.Entities;

namespace Commerce.Features;

/// <summary>A plan the platform sells: a name and the feature values its tenants get.</summary>
public sealed class Edition : FullAuditedAggregateRoot
{
    private readonly List<EditionFeatureValue> featureValues = [];

    private Edition()
    {
        Name = string.Empty;
        DisplayName = string.Empty;
    }

    internal Edition(Guid id, string name, string displayName)
        : base(id)
    {
        Name = name;
        DisplayName = string.Empty;
        Rename(displayName);
    }

    /// <summary>The edition's stable name ("Standard"); unique.</summary>
    public string Name { get; private set; }

    public string DisplayName { get; private set; }

    public IReadOnlyList<EditionFeatureValue> FeatureValues => featureValues;

    public void Rename(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(displayName.Length, EditionConsts.DisplayNameMaxLength, nameof(displayName));
        DisplayName = displayName.Trim();
    }

    /// <summary>The value this edition sets, or null when its tenants get the feature's default.</summary>
    public string? FindFeatureValue(string name) => featureValues.Find(v => v.Name == name)?.Value;

    /// <summary>Sets a feature's value; a null value, or the default itself, clears it so the default applies.</summary>
    public void SetFeatureValue(FeatureDefinition feature, string? value)
    {
        var normalized = value is null ? null : feature.Normalize(value);
        var existing = featureValues.Find(v => v.Name == feature.Name);
        if (normalized is null || normalized == feature.DefaultValue)
        {
            if (existing is not null)
                featureValues.Remove(existing);
            return;
        }

        if (existing is null)
            featureValues.Add(new EditionFeatureValue(feature.Name, normalized));
        else
            existing.Value = normalized;
    }
}
