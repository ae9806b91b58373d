namespace Commerce.Catalog.Products;

/// <summary>The orders a product list can take; relevance needs search text, and is the default with it.</summary>
public enum ProductSort
{
    Relevance,
    Title,
    Created,
    Updated,
    Price,
}
