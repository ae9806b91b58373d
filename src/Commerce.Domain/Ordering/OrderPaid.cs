namespace Commerce.Ordering;

/// <summary>The order was fully paid (its payment was captured). Handlers read what else they need.</summary>
public sealed record OrderPaid(Guid OrderId, Guid StoreId);
