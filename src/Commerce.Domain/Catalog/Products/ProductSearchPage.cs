namespace Commerce.Catalog.Products;

/// <summary>One page of a product search: the products' ids in order, and the number of matches over all pages.</summary>
public sealed record ProductSearchPage(long TotalCount, IReadOnlyList<Guid> Ids);
