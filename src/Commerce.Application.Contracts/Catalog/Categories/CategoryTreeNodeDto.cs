namespace Commerce.Catalog.Categories;

/// <summary>A category in the tree, with its subcategories in order.</summary>
public sealed record CategoryTreeNodeDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Handle { get; init; }

    public bool IsHidden { get; init; }

    public int Position { get; init; }

    public uint Version { get; init; }

    public required IReadOnlyList<CategoryTreeNodeDto> Children { get; init; }
}
