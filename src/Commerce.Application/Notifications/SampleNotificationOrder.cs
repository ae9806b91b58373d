namespace Commerce.Notifications;

/// <summary>The order a template preview shows, in the store's currency.</summary>
internal static class SampleNotificationOrder
{
    public static NotificationOrderModel For(string currency, DateTimeOffset placedAt) => new()
    {
        Number = "#1001",
        PlacedAt = placedAt,
        Currency = currency,
        Lines =
        [
            new NotificationOrderLine("Classic T-Shirt", "M / Navy", "TS-M-NAVY", 2, 19.90m, 39.80m),
            new NotificationOrderLine("Canvas Tote Bag", null, "TOTE-1", 1, 1249.50m, 1249.50m),
        ],
        Subtotal = 1289.30m,
        ShippingTotal = 4.95m,
        TaxTotal = 0m,
        GrandTotal = 1294.25m,
        PricesIncludeTax = true,
        ShippingAddress = ["Alex Example", "1 Sample Street", "Springfield 12345"],
        ShippingMethod = "Standard shipping",
        PaymentMethod = "Bank transfer",
        PaymentInstructions = "Pay to IBAN XX00 0000 0000 0000, quoting your order number.",
        Carrier = "Sample Post",
        TrackingNumber = "SP123456789",
        TrackingUrl = "https://tracking.example.com/SP123456789",
        RefundedAmount = 19.90m,
        CancellationReason = "Requested by the customer",
    };
}
