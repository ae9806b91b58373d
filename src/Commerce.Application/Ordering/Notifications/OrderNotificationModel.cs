using Commerce.Notifications;

namespace Commerce.Ordering.Notifications;

/// <summary>The order as a message shows it, snapshotted from the aggregate when the event is handled.</summary>
internal static class OrderNotificationModel
{
    public static NotificationOrderModel From(Order order, string? paymentInstructions) => new()
    {
        Number = order.DisplayNumber,
        PlacedAt = order.PlacedAt,
        Currency = order.Currency,
        Lines = [.. order.Lines.Select(l => new NotificationOrderLine(l.ProductTitle, l.VariantTitle, l.Sku, l.Quantity, l.UnitPrice, l.LineTotal))],
        Subtotal = order.Subtotal,
        ShippingTotal = order.ShippingTotal,
        TaxTotal = order.TaxTotal,
        GrandTotal = order.GrandTotal,
        PricesIncludeTax = order.PricesIncludeTax,
        ShippingAddress = AddressLines(order.ShippingAddress),
        ShippingMethod = order.ShippingMethodName,
        PaymentMethod = order.PaymentMethodName,
        PaymentInstructions = paymentInstructions,
        RefundedAmount = order.RefundedTotal > 0 ? order.RefundedTotal : null,
    };

    private static string[] AddressLines(OrderAddress a) =>
    [
        .. new[] { a.Name, a.Line1, a.Line2, string.Join(' ', new[] { a.PostalCode, a.City, a.Region }.Where(p => !string.IsNullOrEmpty(p))), a.CountryCode }
            .Where(l => !string.IsNullOrEmpty(l)).Select(l => l!),
    ];
}
