namespace Commerce.Catalog.Categories;

public sealed record CategoryDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Handle { get; init; }

    /// <summary>Sanitized HTML.</summary>
    public string? Description { get; init; }

    public Guid? ParentId { get; init; }

    public int Position { get; init; }

    public bool IsHidden { get; init; }

    public DateTimeOffset CreationTime { get; init; }

    /// <summary>Send it back with an update or a move; a stale version is refused with 409.</summary>
    public uint Version { get; init; }
}
