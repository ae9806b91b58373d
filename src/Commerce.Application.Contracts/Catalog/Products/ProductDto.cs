namespace Commerce.Catalog.Products;

public sealed record ProductDto
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public required string Handle { get; init; }

    /// <summary>Sanitized HTML.</summary>
    public string? Description { get; init; }

    public ProductStatus Status { get; init; }

    public string? SeoTitle { get; init; }

    public string? SeoDescription { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required IReadOnlyList<Guid> StoreIds { get; init; }

    public required IReadOnlyList<Guid> CategoryIds { get; init; }

    public Guid? AttributeSetId { get; init; }

    public required IReadOnlyList<AttributeValueDto> AttributeValues { get; init; }

    public required IReadOnlyList<ProductOptionDto> Options { get; init; }

    public required IReadOnlyList<ProductVariantDto> Variants { get; init; }

    public decimal MinPrice { get; init; }

    public DateTimeOffset CreationTime { get; init; }

    public DateTimeOffset? LastModificationTime { get; init; }

    /// <summary>Send it back with a change to the product or its variants; a stale version is refused with 409.</summary>
    public uint Version { get; init; }
}
