namespace Commerce.Inventory;

/// <summary>A filter on stock: something available, at or below the low-stock threshold, or nothing available.</summary>
public enum StockState
{
    InStock,
    LowStock,
    OutOfStock,
}
