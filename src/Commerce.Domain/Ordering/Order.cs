using Commerce.Domain.Entities;
using Commerce.MultiTenancy;
using Commerce.Payments;

namespace Commerce.Ordering;

/// <summary>
/// A placed order: a snapshot of what was sold, to whom, where it goes, and for how much, with its state, its payment
/// state as Payments reports it, its shipments and a timeline of every change. Order.Lifecycle.cs holds the changes.
/// </summary>
public sealed partial class Order : FullAuditedAggregateRoot, IMultiTenant
{
    private readonly List<OrderLine> lines = [];
    private readonly List<OrderTimelineEntry> timeline = [];
    private readonly List<Shipment> shipments = [];

    private Order()
    {
        Email = Currency = ShippingMethodName = PaymentMethodName = PaymentProvider = IdempotencyKey = RequestHash = string.Empty;
        ShippingAddress = null!;
    }

    internal Order(Guid id, long number, OrderDraft draft, IEnumerable<(Guid Id, OrderLineSnapshot Snapshot)> lineIds, DateTimeOffset placedAt)
        : this()
    {
        Id = id;
        Number = number;
        StoreId = draft.StoreId;
        Status = OrderStatus.Pending;
        PaymentStatus = PaymentStatus.Pending;
        Email = draft.Email;
        Phone = draft.Phone;
        CustomerId = draft.CustomerId;
        ShippingAddress = draft.ShippingAddress;
        ShippingMethodId = draft.ShippingMethodId;
        ShippingMethodName = draft.ShippingMethodName;
        PaymentMethodId = draft.PaymentMethodId;
        PaymentMethodName = draft.PaymentMethodName;
        PaymentProvider = draft.PaymentProvider;
        Currency = draft.Price.Currency;
        PricesIncludeTax = draft.Price.PricesIncludeTax;
        TaxRatePercent = draft.Price.TaxRatePercent;
        Subtotal = draft.Price.Subtotal;
        ShippingTotal = draft.Price.ShippingTotal;
        ShippingTax = draft.Price.ShippingTax;
        TaxTotal = draft.Price.TaxTotal;
        GrandTotal = draft.Price.GrandTotal;
        IdempotencyKey = draft.IdempotencyKey;
        RequestHash = draft.RequestHash;
        PlacedAt = placedAt;
        lines.AddRange(lineIds.Select(l => new OrderLine(l.Id, l.Snapshot)));
        Record(OrderTimelineKind.Placed, $"Order {DisplayNumber} placed", OrderActor.System, placedAt);
        AddDomainEvent(new OrderPlaced(Id, StoreId));
    }

    public Guid TenantId { get; private set; }

    public Guid StoreId { get; private set; }

    /// <summary>Per tenant, from 1001 up; shown as "#1001".</summary>
    public long Number { get; private set; }

    public string DisplayNumber => FormatNumber(Number);

    public OrderStatus Status { get; private set; }

    public PaymentStatus PaymentStatus { get; private set; }

    public string Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The storefront customer who placed it; null for a guest.</summary>
    public Guid? CustomerId { get; private set; }

    public OrderAddress ShippingAddress { get; private set; }

    public Guid ShippingMethodId { get; private set; }

    public string ShippingMethodName { get; private set; }

    public Guid PaymentMethodId { get; private set; }

    public string PaymentMethodName { get; private set; }

    /// <summary>The payment method's provider at the time ("manual", "test-gateway", "stripe").</summary>
    public string PaymentProvider { get; private set; }

    /// <summary>The payment record Payments created with the order.</summary>
    public Guid? PaymentId { get; private set; }

    public string Currency { get; private set; }

    public bool PricesIncludeTax { get; private set; }

    public decimal TaxRatePercent { get; private set; }

    public decimal Subtotal { get; private set; }

    public decimal ShippingTotal { get; private set; }

    public decimal ShippingTax { get; private set; }

    public decimal TaxTotal { get; private set; }

    public decimal GrandTotal { get; private set; }

    public decimal RefundedTotal { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Whether the order's held units became sales (so cancelling puts them back, rather than releasing holds).</summary>
    public bool StockSold { get; private set; }

    public string IdempotencyKey { get; private set; }

    /// <summary>SHA-256 of the canonical request, so a reused key with another body is recognised.</summary>
    public string RequestHash { get; private set; }

    public IReadOnlyList<OrderLine> Lines => lines;

    public IReadOnlyList<OrderTimelineEntry> Timeline => timeline;

    public IReadOnlyList<Shipment> Shipments => shipments;

    /// <summary>What a reservation for this order is held under.</summary>
    public string ReservationReference => ReservationReferenceOf(Id);

    public static string ReservationReferenceOf(Guid orderId) => OrderingConsts.ReservationReferencePrefix + orderId.ToString("N");

    public static string FormatNumber(long number) => "#" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void MarkStockSold() => StockSold = true;

    /// <summary>Links the payment record Payments created for the order, once.</summary>
    public void AttachPayment(Guid paymentId)
    {
        if (PaymentId is not null)
            throw new InvalidOperationException("The order already has its payment.");
        PaymentId = paymentId;
    }

    private void Record(OrderTimelineKind kind, string message, OrderActor actor, DateTimeOffset at) =>
        timeline.Add(new OrderTimelineEntry(timeline.Count + 1, kind, message, actor, at));
}
