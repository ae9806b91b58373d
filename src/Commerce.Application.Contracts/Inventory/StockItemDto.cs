namespace Commerce.Inventory;

public sealed record StockItemDto
{
    public required Guid VariantId { get; init; }

    public required int OnHand { get; init; }

    public required int Reserved { get; init; }

    /// <summary>On hand minus reserved: what can still be sold.</summary>
    public required int Available { get; init; }

    /// <summary>The variant's own threshold; null uses the tenant's default.</summary>
    public int? LowStockThreshold { get; init; }

    public required bool IsLow { get; init; }

    public DateTimeOffset? LastMovementTime { get; init; }

    public required uint Version { get; init; }
}
