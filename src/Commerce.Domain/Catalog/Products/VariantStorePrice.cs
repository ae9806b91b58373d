namespace Commerce.Catalog.Products;

/// <summary>A variant's price in one store, over its own price.</summary>
public sealed class VariantStorePrice
{
    private VariantStorePrice()
    {
    }

    internal VariantStorePrice(Guid storeId, decimal price)
    {
        StoreId = storeId;
        Price = price;
    }

    public Guid StoreId { get; private set; }

    public decimal Price { get; internal set; }
}
