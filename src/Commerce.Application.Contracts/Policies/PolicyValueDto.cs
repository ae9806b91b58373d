namespace Commerce.Policies;

/// <summary>One policy at one scope: the value set there, if any, and the value that applies there.</summary>
public sealed record PolicyValueDto
{
    public required PolicyDefinitionDto Definition { get; init; }

    public string? Value { get; init; }

    public required string EffectiveValue { get; init; }
}
