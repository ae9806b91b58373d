namespace Commerce.Ordering;

public enum OrderSort
{
    PlacedAt,
    Number,
    GrandTotal,
    Status,
}
