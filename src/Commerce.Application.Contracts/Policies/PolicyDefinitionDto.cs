namespace Commerce.Policies;

public sealed record PolicyDefinitionDto
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public PolicyValueType ValueType { get; init; }

    public required string DefaultValue { get; init; }

    public IReadOnlyList<string>? AllowedValues { get; init; }
}
