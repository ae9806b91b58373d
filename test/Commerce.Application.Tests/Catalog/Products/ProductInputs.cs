namespace Commerce.Catalog.Products;

internal static class ProductInputs
{
    public static CreateProductDto Create(string title = "Organic Cotton T-Shirt", string? sku = null, decimal price = 25m) =>
        new() { Title = title, Sku = sku, Price = price };

    public static UpdateProductDto Update(ProductDto product) => new()
    {
        Title = product.Title,
        Handle = product.Handle,
        Description = product.Description,
        Tags = product.Tags,
        StoreIds = product.StoreIds,
        CategoryIds = product.CategoryIds,
        AttributeSetId = product.AttributeSetId,
        AttributeValues = product.AttributeValues,
        Options = product.Options,
        Version = product.Version,
    };
}
