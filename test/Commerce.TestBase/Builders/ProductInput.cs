using Commerce.Catalog.Products;

namespace Commerce.TestBase.Builders;

/// <summary>Product inputs as a merchant fills them in.</summary>
public static class ProductInput
{
    public static CreateProductDto Create(string title = "Organic Cotton T-Shirt", string? sku = null, decimal price = 25m) =>
        new() { Title = title, Sku = sku, Price = price };

    /// <summary>A product with a Color option, so it has one variant per color; its handle is unique.</summary>
    public static CreateProductDto WithColors(params string[] colors) => new()
    {
        Title = "Enamel Mug", Handle = $"mug-{Guid.NewGuid():N}"[..16], Price = 12m,
        Options = [new ProductOptionDto { Name = "Color", Values = colors }],
    };

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
