namespace Commerce.Ordering;

/// <summary>The order was cancelled; its stock is back and its payment voided or refunded. Reason is the one given (absent in events written before it was carried).</summary>
public sealed record OrderCancelled(Guid OrderId, Guid StoreId, string? Reason = null);
