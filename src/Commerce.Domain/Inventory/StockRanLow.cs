namespace Commerce.Inventory;

/// <summary>A variant's available stock fell to its low-stock threshold (raised once per crossing).</summary>
public sealed record StockRanLow(Guid VariantId, int Available, int Threshold);
