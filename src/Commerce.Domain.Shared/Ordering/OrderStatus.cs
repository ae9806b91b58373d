namespace Commerce.Ordering;

/// <summary>Pending → Paid → Shipped → Completed; Cancelled from Pending or Paid.</summary>
public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
    Completed,
    Cancelled,
}
