namespace Commerce.Features;

internal static class FeatureMapper
{
    public static FeatureDefinitionDto ToDto(FeatureDefinition feature) => new()
    {
        Name = feature.Name,
        DisplayName = feature.DisplayName,
        Group = feature.Group,
        ValueType = feature.ValueType,
        DefaultValue = feature.DefaultValue,
        AllowedValues = feature.AllowedValues,
    };

    public static EditionDto ToDto(Edition edition) => new()
    {
        Id = edition.Id,
        Name = edition.Name,
        DisplayName = edition.DisplayName,
        FeatureValues = CommerceFeatureDefinitions.All.ToDictionary(f => f.Name, f => edition.FindFeatureValue(f.Name) ?? f.DefaultValue),
        Version = edition.Version,
    };
}
