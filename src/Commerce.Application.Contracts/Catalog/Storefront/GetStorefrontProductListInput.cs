using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Storefront;

/// <summary>What a shopper narrows a category or search by; every field comes from the page's GET query.</summary>
public sealed record GetStorefrontProductListInput
{
    public Guid StoreId { get; init; }

    /// <summary>The category (and its subcategories); none: the whole store.</summary>
    public Guid? CategoryId { get; init; }

    /// <summary>Search words; close spellings match too.</summary>
    [StringLength(200)]
    public string? Text { get; init; }

    /// <summary>Option values as "Name:Value": values of one option widen, different options narrow.</summary>
    [MaxLength(20)]
    public IReadOnlyList<string> Options { get; init; } = [];

    [Range(0, 1_000_000_000)]
    public decimal? MinPrice { get; init; }

    [Range(0, 1_000_000_000)]
    public decimal? MaxPrice { get; init; }

    public bool InStockOnly { get; init; }

    public StorefrontSort Sort { get; init; }

    [Range(1, 10_000)]
    public int Page { get; init; } = 1;

    [Range(1, 96)]
    public int PageSize { get; init; } = 24;
}
