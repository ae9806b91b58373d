namespace Commerce.Catalog.Storefront;

/// <summary>A product page: the product, its options and variants as sold in the store, and its gallery.</summary>
public sealed record StorefrontProductDto
{
    public Guid Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Handle { get; init; } = string.Empty;

    /// <summary>Sanitized HTML.</summary>
    public string? Description { get; init; }

    public string? SeoTitle { get; init; }

    public string? SeoDescription { get; init; }

    public IReadOnlyList<StorefrontFacetDto> Options { get; init; } = [];

    /// <summary>In the product's order.</summary>
    public IReadOnlyList<StorefrontVariantDto> Variants { get; init; } = [];

    public IReadOnlyList<StorefrontImageDto> Images { get; init; } = [];
}
