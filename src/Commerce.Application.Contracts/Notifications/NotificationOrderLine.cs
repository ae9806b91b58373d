namespace Commerce.Notifications;

public sealed record NotificationOrderLine(string ProductTitle, string? VariantTitle, string? Sku, int Quantity, decimal UnitPrice, decimal LineTotal);
