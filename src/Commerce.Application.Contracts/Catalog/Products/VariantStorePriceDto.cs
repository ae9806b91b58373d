namespace Commerce.Catalog.Products;

/// <summary>A variant's price in one store.</summary>
public sealed record VariantStorePriceDto
{
    public Guid StoreId { get; init; }

    [Price]
    public decimal Price { get; init; }
}
