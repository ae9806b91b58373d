namespace Commerce.Notifications;

/// <summary>The order as a message shows it, snapshotted when the event was handled.</summary>
public sealed record NotificationOrderModel
{
    public required string Number { get; init; }

    public required DateTimeOffset PlacedAt { get; init; }

    public required string Currency { get; init; }

    public required IReadOnlyList<NotificationOrderLine> Lines { get; init; }

    public required decimal Subtotal { get; init; }

    public required decimal ShippingTotal { get; init; }

    public required decimal TaxTotal { get; init; }

    public required decimal GrandTotal { get; init; }

    /// <summary>Whether the line prices already include tax (the store's setting when the order was placed).</summary>
    public bool PricesIncludeTax { get; init; }

    /// <summary>The shipping address as lines of text, or empty for pickup.</summary>
    public IReadOnlyList<string> ShippingAddress { get; init; } = [];

    public string? ShippingMethod { get; init; }

    public string? PaymentMethod { get; init; }

    /// <summary>Shown after a manual payment (bank details, cash on delivery terms).</summary>
    public string? PaymentInstructions { get; init; }

    public string? Carrier { get; init; }

    public string? TrackingNumber { get; init; }

    public string? TrackingUrl { get; init; }

    public decimal? RefundedAmount { get; init; }

    public string? CancellationReason { get; init; }
}
