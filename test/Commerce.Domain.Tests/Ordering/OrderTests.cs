using Commerce.Ordering.Pricing;
using Commerce.Payments;

namespace Commerce.Ordering;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_order_is_pending_with_its_number_shown_with_a_hash_and_a_placed_event()
    {
        var order = NewOrder();

        order.DisplayNumber.ShouldBe("#1001");
        order.Status.ShouldBe(OrderStatus.Pending);
        order.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<OrderPlaced>();
        order.Timeline.Single().Kind.ShouldBe(OrderTimelineKind.Placed);
    }

    [Fact]
    public void Payment_states_only_move_forward_and_a_capture_pays_a_pending_order_once()
    {
        var order = NewOrder();

        order.ApplyPaymentStatus(PaymentStatus.Authorized, OrderActor.System, Now).ShouldBeTrue();
        order.ApplyPaymentStatus(PaymentStatus.Captured, OrderActor.System, Now).ShouldBeTrue();
        order.ApplyPaymentStatus(PaymentStatus.Captured, OrderActor.System, Now).ShouldBeFalse();
        order.ApplyPaymentStatus(PaymentStatus.Authorized, OrderActor.System, Now).ShouldBeFalse();
        order.ApplyPaymentStatus(PaymentStatus.Failed, OrderActor.System, Now).ShouldBeFalse();

        order.Status.ShouldBe(OrderStatus.Paid);
        order.PaymentStatus.ShouldBe(PaymentStatus.Captured);
        order.DomainEvents.OfType<OrderPaid>().Count().ShouldBe(1);
    }

    [Fact]
    public void Shipping_every_line_makes_the_order_shipped_and_other_transitions_are_refused()
    {
        var order = NewOrder();
        var line = order.Lines[0];
        Should.Throw<BusinessException>(() => order.Ship(Guid.CreateVersion7(), new Dictionary<Guid, int> { [line.Id] = 1 }, Tracking, OrderActor.System, Now))
            .Code.ShouldBe(CommerceErrorCodes.Ordering.InvalidOrderTransition);
        order.ApplyPaymentStatus(PaymentStatus.Captured, OrderActor.System, Now);

        order.Ship(Guid.CreateVersion7(), new Dictionary<Guid, int> { [line.Id] = 1 }, Tracking, OrderActor.System, Now);
        order.Status.ShouldBe(OrderStatus.Paid);
        Should.Throw<BusinessException>(() => order.Ship(Guid.CreateVersion7(), new Dictionary<Guid, int> { [line.Id] = 2 }, Tracking, OrderActor.System, Now))
            .Code.ShouldBe(CommerceErrorCodes.Ordering.InvalidShipment);
        order.Ship(Guid.CreateVersion7(), new Dictionary<Guid, int> { [line.Id] = 1 }, Tracking, OrderActor.System, Now);

        order.Status.ShouldBe(OrderStatus.Shipped);
        Should.Throw<BusinessException>(() => order.Cancel("late", OrderActor.System, Now)).Code.ShouldBe(CommerceErrorCodes.Ordering.InvalidOrderTransition);
        order.Complete(OrderActor.User(Guid.CreateVersion7(), "sam"), Now);
        order.Status.ShouldBe(OrderStatus.Completed);
        order.Timeline[^1].AuthorName.ShouldBe("sam");
    }

    [Fact]
    public void Refunds_never_exceed_the_total()
    {
        var order = NewOrder();

        order.RecordRefund(10m, new Dictionary<Guid, int>(), OrderActor.System, Now);

        Should.Throw<BusinessException>(() => order.RecordRefund(order.GrandTotal, new Dictionary<Guid, int>(), OrderActor.System, Now))
            .Code.ShouldBe(CommerceErrorCodes.Ordering.InvalidRefund);
        order.RefundedTotal.ShouldBe(10m);
    }

    [Fact]
    public void An_address_without_a_city_or_with_a_bad_country_fails_with_InvalidAddress()
    {
        Should.Throw<BusinessException>(() => new OrderAddress("Ada", "1 Main St", null, " ", null, null, "US", null)).Code.ShouldBe(CommerceErrorCodes.Ordering.InvalidAddress);
        Should.Throw<BusinessException>(() => new OrderAddress("Ada", "1 Main St", null, "Town", null, null, "U1", null)).Code.ShouldBe(CommerceErrorCodes.Ordering.InvalidAddress);
        new OrderAddress("Ada", "1 Main St", null, "Town", "ca", null, "us", null).ShouldSatisfyAllConditions(a => a.CountryCode.ShouldBe("US"), a => a.Region.ShouldBe("CA"));
    }

    [Fact]
    public void A_notification_is_noted_once_on_the_timeline_by_the_system()
    {
        var order = NewOrder();

        order.RecordNotification("Order confirmation sent to ada@example.com", Now);
        order.RecordNotification("Order confirmation sent to ada@example.com", Now);

        order.Timeline.Where(t => t.Kind == OrderTimelineKind.Notification).ShouldHaveSingleItem().AuthorName.ShouldBe(OrderActor.System.Name);
    }

    [Fact]
    public void Cancelling_carries_the_reason_on_its_event()
    {
        var order = NewOrder();

        order.Cancel("out of stock", OrderActor.System, Now);

        order.DomainEvents.OfType<OrderCancelled>().ShouldHaveSingleItem().Reason.ShouldBe("out of stock");
    }

    private static ShipmentTracking Tracking => new("UPS", "1Z", "https://ups.example/1Z");

    private static Order NewOrder()
    {
        var variant = Guid.CreateVersion7();
        var draft = new OrderDraft
        {
            StoreId = Guid.CreateVersion7(), Email = "ada@example.test", ShippingAddress = new OrderAddress("Ada", "1 Main St", null, "Town", null, null, "US", null),
            ShippingMethodId = Guid.CreateVersion7(), ShippingMethodName = "Standard", PaymentMethodId = Guid.CreateVersion7(), PaymentMethodName = "Card",
            PaymentProvider = "test-gateway", IdempotencyKey = "k", RequestHash = new string('0', 64),
            Price = new OrderPrice
            {
                Currency = "USD", PricesIncludeTax = false, TaxRatePercent = 0m, Lines = [new PricedLine(variant, 20m, 2, 40m, 0m)],
                Subtotal = 40m, ShippingTotal = 5m, ShippingTax = 0m, TaxTotal = 0m, GrandTotal = 45m, WeightGrams = 0,
            },
            Lines = [new OrderLineSnapshot(Guid.CreateVersion7(), variant, "Mug", "Red", "MUG-R", 20m, 2, 0m, 40m)],
        };
        return new Order(Guid.CreateVersion7(), 1001, draft, draft.Lines.Select(l => (Guid.CreateVersion7(), l)), Now);
    }
}
