namespace Commerce.Catalog.Storefront;

/// <summary>One page of a category or search, with the facets of the whole list (before the option filters).</summary>
public sealed record StorefrontProductListDto
{
    public IReadOnlyList<StorefrontProductCardDto> Items { get; init; } = [];

    public long TotalCount { get; init; }

    public int Page { get; init; }

    public int PageCount { get; init; }

    public IReadOnlyList<StorefrontFacetDto> Facets { get; init; } = [];
}
