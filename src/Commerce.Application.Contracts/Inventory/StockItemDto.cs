namespace Commerce.Inventory;

/// <summary>A variant's stock with what names it; a variant never stocked shows zero.</summary>
public sealed record StockItemDto
{
    public required Guid VariantId { get; init; }

    public required Guid ProductId { get; init; }

    public required string ProductTitle { get; init; }

    /// <summary>The variant's option values ("M / Blue"); empty for a product without options.</summary>
    public required string VariantTitle { get; init; }

    public string? Sku { get; init; }

    public required int OnHand { get; init; }

    public required int Reserved { get; init; }

    /// <summary>On hand minus reserved: what can still be sold.</summary>
    public required int Available { get; init; }

    /// <summary>The variant's own threshold; null uses the tenant's default.</summary>
    public int? LowStockThreshold { get; init; }

    public required bool IsLow { get; init; }

    public DateTimeOffset? LastMovementTime { get; init; }
}
