namespace Commerce.Catalog.AttributeSets;

public sealed record AttributeSetDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<AttributeDefinitionDto> Attributes { get; init; }

    public DateTimeOffset CreationTime { get; init; }

    /// <summary>Send it back with an update; a stale version is refused with 409.</summary>
    public uint Version { get; init; }
}
