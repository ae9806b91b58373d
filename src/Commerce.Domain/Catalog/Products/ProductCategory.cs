namespace Commerce.Catalog.Products;

/// <summary>A product's place in one category: a row of the product-category join table.</summary>
public sealed class ProductCategory
{
    private ProductCategory()
    {
    }

    internal ProductCategory(Guid categoryId)
    {
        CategoryId = categoryId;
    }

    public Guid CategoryId { get; private set; }
}
