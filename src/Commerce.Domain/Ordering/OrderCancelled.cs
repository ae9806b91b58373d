namespace Commerce.Ordering;

/// <summary>The order was cancelled; its stock is back and its payment voided or refunded. Handlers read what else they need.</summary>
public sealed record OrderCancelled(Guid OrderId, Guid StoreId);
