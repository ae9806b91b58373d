namespace Commerce.Features;

public sealed record EditionDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Every feature's value on this plan: the edition's own, else the default.</summary>
    public required IReadOnlyDictionary<string, string> FeatureValues { get; init; }

    public uint Version { get; init; }
}
