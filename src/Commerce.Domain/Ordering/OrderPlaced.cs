namespace Commerce.Ordering;

/// <summary>The order was placed (checkout committed its first transaction). Handlers read what else they need.</summary>
public sealed record OrderPlaced(Guid OrderId, Guid StoreId);
