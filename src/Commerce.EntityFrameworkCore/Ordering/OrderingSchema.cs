namespace Commerce.EntityFrameworkCore.Ordering;

internal static class OrderingSchema
{
    public const string Name = "ordering";
}
