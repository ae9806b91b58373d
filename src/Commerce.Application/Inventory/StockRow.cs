namespace Commerce.Inventory;

/// <summary>One variant with its stock, as the inventory list reads it (the stock columns are null when never stocked).</summary>
internal sealed record StockRow
{
    public Guid VariantId { get; init; }

    public Guid ProductId { get; init; }

    public string ProductTitle { get; init; } = string.Empty;

    public string? Sku { get; init; }

    public string? Option1 { get; init; }

    public string? Option2 { get; init; }

    public string? Option3 { get; init; }

    public int? OnHand { get; init; }

    public int? Reserved { get; init; }

    public int? LowStockThreshold { get; init; }

    public bool? IsLow { get; init; }

    public DateTimeOffset? LastMovementTime { get; init; }

    public StockItemDto ToDto() => new()
    {
        VariantId = VariantId,
        ProductId = ProductId,
        ProductTitle = ProductTitle,
        VariantTitle = string.Join(" / ", new[] { Option1, Option2, Option3 }.OfType<string>()),
        Sku = Sku,
        OnHand = OnHand ?? 0,
        Reserved = Reserved ?? 0,
        Available = (OnHand ?? 0) - (Reserved ?? 0),
        LowStockThreshold = LowStockThreshold,
        IsLow = IsLow ?? false,
        LastMovementTime = LastMovementTime,
    };
}
