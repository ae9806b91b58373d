namespace Commerce.Inventory;

/// <summary>Why stock on hand changed.</summary>
public enum StockMovementReason
{
    /// <summary>Goods arrived from a supplier.</summary>
    Received,

    /// <summary>Goods left with an order or a sale.</summary>
    Sold,

    /// <summary>A customer sent goods back into stock.</summary>
    Returned,

    /// <summary>A correction by a number (damage, loss, found).</summary>
    Adjusted,

    /// <summary>A stock count set the quantity.</summary>
    Counted,
}
