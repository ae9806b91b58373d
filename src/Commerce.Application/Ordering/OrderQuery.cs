namespace Commerce.Ordering;

/// <summary>The backoffice list's filters and whitelisted sorts, on indexed columns where the list can grow.</summary>
internal static class OrderQuery
{
    public static IQueryable<Order> Filter(IOrderRepository repository, GetOrderListInput input)
    {
        var orders = repository.Search(input.Text);
        if (input.Status is { } status)
            orders = orders.Where(o => o.Status == status);
        if (input.PaymentStatus is { } paymentStatus)
            orders = orders.Where(o => o.PaymentStatus == paymentStatus);
        if (input.StoreId is { } storeId)
            orders = orders.Where(o => o.StoreId == storeId);
        if (input.PlacedFrom is { } from)
            orders = orders.Where(o => o.PlacedAt >= from);
        if (input.PlacedTo is { } to)
            orders = orders.Where(o => o.PlacedAt < to);
        return orders;
    }

    public static IQueryable<Order> Sort(IQueryable<Order> orders, OrderSort sort, bool descending) => (sort, descending) switch
    {
        (OrderSort.Number, false) => orders.OrderBy(o => o.Number),
        (OrderSort.Number, true) => orders.OrderByDescending(o => o.Number),
        (OrderSort.GrandTotal, false) => orders.OrderBy(o => o.GrandTotal).ThenBy(o => o.Number),
        (OrderSort.GrandTotal, true) => orders.OrderByDescending(o => o.GrandTotal).ThenByDescending(o => o.Number),
        (OrderSort.Status, false) => orders.OrderBy(o => o.Status).ThenByDescending(o => o.Number),
        (OrderSort.Status, true) => orders.OrderByDescending(o => o.Status).ThenByDescending(o => o.Number),
        (_, false) => orders.OrderBy(o => o.PlacedAt).ThenBy(o => o.Number),
        _ => orders.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Number),
    };
}
