namespace Commerce.Ordering;

/// <summary>Money went back to the customer for the order.</summary>
public sealed record OrderRefunded(Guid OrderId, Guid StoreId, decimal Amount, string Currency);
