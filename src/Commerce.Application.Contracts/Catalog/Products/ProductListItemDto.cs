namespace Commerce.Catalog.Products;

/// <summary>A row of the backoffice's product list.</summary>
public sealed record ProductListItemDto
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public required string Handle { get; init; }

    public ProductStatus Status { get; init; }

    public decimal MinPrice { get; init; }

    public int VariantCount { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public DateTimeOffset CreationTime { get; init; }

    public DateTimeOffset? LastModificationTime { get; init; }

    public uint Version { get; init; }
}
