namespace Commerce.Ordering;

/// <summary>What a line of an order's timeline records.</summary>
public enum OrderTimelineKind
{
    Placed,
    Confirmed,
    Payment,
    Shipped,
    Completed,
    Cancelled,
    Refunded,
    Note,
    Notification,
}
