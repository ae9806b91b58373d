using Commerce.Payments;

namespace Commerce.Ordering;

internal static class OrderMapper
{
    public static OrderDto ToDto(Order o, IReadOnlyList<PaymentDto> payments) => new()
    {
        Id = o.Id, Number = o.DisplayNumber, StoreId = o.StoreId, Status = o.Status, PaymentStatus = o.PaymentStatus,
        Email = o.Email, Phone = o.Phone, CustomerId = o.CustomerId, ShippingAddress = ToDto(o.ShippingAddress),
        ShippingMethodId = o.ShippingMethodId, ShippingMethodName = o.ShippingMethodName,
        PaymentMethodId = o.PaymentMethodId, PaymentMethodName = o.PaymentMethodName,
        Currency = o.Currency, PricesIncludeTax = o.PricesIncludeTax, Subtotal = o.Subtotal, ShippingTotal = o.ShippingTotal,
        TaxTotal = o.TaxTotal, GrandTotal = o.GrandTotal, RefundedTotal = o.RefundedTotal, PlacedAt = o.PlacedAt,
        Lines = [.. o.Lines.Select(l => new OrderLineDto
        {
            Id = l.Id, ProductId = l.ProductId, VariantId = l.VariantId, ProductTitle = l.ProductTitle, VariantTitle = l.VariantTitle, Sku = l.Sku,
            UnitPrice = l.UnitPrice, Quantity = l.Quantity, Tax = l.Tax, LineTotal = l.LineTotal, ShippedQuantity = l.ShippedQuantity, RefundedQuantity = l.RefundedQuantity,
        })],
        Shipments = [.. o.Shipments.Select(s => new ShipmentDto
        {
            Id = s.Id, Carrier = s.Carrier, TrackingNumber = s.TrackingNumber, TrackingUrl = s.TrackingUrl, ShippedAt = s.ShippedAt,
            Lines = [.. s.Lines.Select(l => new OrderLineQuantityDto { OrderLineId = l.OrderLineId, Quantity = l.Quantity })],
        })],
        Payments = payments,
        Timeline = [.. o.Timeline.OrderBy(t => t.Sequence).Select(t => new OrderTimelineEntryDto
        {
            Kind = t.Kind, Message = t.Message, AuthorId = t.AuthorId, AuthorName = t.AuthorName, At = t.At,
        })],
        Version = o.Version,
    };

    public static AddressDto ToDto(OrderAddress a) => new()
    {
        Name = a.Name, Line1 = a.Line1, Line2 = a.Line2, City = a.City, Region = a.Region, PostalCode = a.PostalCode, CountryCode = a.CountryCode, Phone = a.Phone,
    };

    public static IQueryable<OrderListItemDto> ProjectToListItem(IQueryable<Order> orders) =>
        orders.Select(o => new OrderListItemDto
        {
            Id = o.Id, Number = "#" + o.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StoreId = o.StoreId, Status = o.Status, PaymentStatus = o.PaymentStatus,
            Email = o.Email, CustomerName = o.ShippingAddress.Name, GrandTotal = o.GrandTotal, Currency = o.Currency,
            ItemCount = o.Lines.Sum(l => l.Quantity), PlacedAt = o.PlacedAt,
        });
}
