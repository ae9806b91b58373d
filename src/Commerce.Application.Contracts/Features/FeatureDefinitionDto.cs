namespace Commerce.Features;

public sealed record FeatureDefinitionDto
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public required string Group { get; init; }

    public FeatureValueType ValueType { get; init; }

    public required string DefaultValue { get; init; }

    public IReadOnlyList<string>? AllowedValues { get; init; }
}
