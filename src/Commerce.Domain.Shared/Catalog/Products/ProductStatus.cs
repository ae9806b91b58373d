namespace Commerce.Catalog.Products;

/// <summary>Draft and archived products are not sold; only active ones are.</summary>
public enum ProductStatus
{
    Draft,
    Active,
    Archived,
}
