using Commerce.BackgroundJobs;
using Commerce.Payments;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Commerce.TestBase.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

public sealed class OrderAppServiceTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database, s => s.AddSingleton<IBackgroundJobManager>(new RecordingBackgroundJobManager()));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task Staff_find_orders_by_number_email_or_status_and_sort_them()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);
        await PlaceAsync(shop, shop.Order(1), "a");
        await PlaceAsync(shop, shop.Order(3) with { Email = "zed@example.test" }, "b");
        await PlaceAsync(shop, shop.Order(1, CheckoutShop.DeclinedCard), "c");

        var all = await AsOwner(shop, s => s.GetListAsync(new GetOrderListInput { Sort = OrderSort.GrandTotal }, Ct));
        var byNumber = await AsOwner(shop, s => s.GetListAsync(new GetOrderListInput { Text = "#1002" }, Ct));
        var byEmail = await AsOwner(shop, s => s.GetListAsync(new GetOrderListInput { Text = "ZED@" }, Ct));
        var cancelled = await AsOwner(shop, s => s.GetListAsync(new GetOrderListInput { Status = OrderStatus.Cancelled }, Ct));

        all.TotalCount.ShouldBe(3);
        all.Items[0].Number.ShouldBe("#1002");
        all.Items[0].ItemCount.ShouldBe(3);
        byNumber.Items.Single().Email.ShouldBe("zed@example.test");
        byEmail.Items.Single().Number.ShouldBe("#1002");
        cancelled.Items.Single().Number.ShouldBe("#1003");
    }

    [Fact]
    public async Task A_paid_order_ships_in_parts_then_completes_and_cannot_be_cancelled_after()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);
        var placed = await PlaceAsync(shop, shop.Order(3), "ship");
        var order = await AsOwner(shop, s => s.GetAsync(placed.OrderId, Ct));
        var line = order.Lines.Single().Id;

        var partial = await AsOwner(shop, s => s.ShipAsync(order.Id, Shipment(line, 1, order.Version), Ct));
        partial.Status.ShouldBe(OrderStatus.Paid);
        var shipped = await AsOwner(shop, s => s.ShipAsync(order.Id, Shipment(line, 2, partial.Version) with { Carrier = "UPS", TrackingNumber = "1Z" }, Ct));
        var completed = await AsOwner(shop, s => s.CompleteAsync(order.Id, new OrderVersionDto { Version = shipped.Version }, Ct));

        shipped.Status.ShouldBe(OrderStatus.Shipped);
        shipped.Shipments.Count.ShouldBe(2);
        shipped.Lines.Single().ShippedQuantity.ShouldBe(3);
        completed.Status.ShouldBe(OrderStatus.Completed);
        completed.Payments.Single().Status.ShouldBe(PaymentStatus.Captured);
        (await Should.ThrowAsync<BusinessException>(() => AsOwner(shop, s => s.CancelAsync(order.Id, new CancelOrderDto { Reason = "late", Version = completed.Version }, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Ordering.InvalidOrderTransition);
        (await Should.ThrowAsync<BusinessException>(() => AsOwner(shop, s => s.ShipAsync(order.Id, Shipment(line, 1, completed.Version), Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Ordering.InvalidOrderTransition);
    }

    [Fact]
    public async Task Cancelling_a_paid_order_restocks_it_and_refunds_the_payment()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);
        var placed = await PlaceAsync(shop, shop.Order(2), "cancel-paid");
        var version = (await AsOwner(shop, s => s.GetAsync(placed.OrderId, Ct))).Version;

        var cancelled = await AsOwner(shop, s => s.CancelAsync(placed.OrderId, new CancelOrderDto { Reason = "Customer asked", Version = version }, Ct));

        cancelled.Status.ShouldBe(OrderStatus.Cancelled);
        cancelled.RefundedTotal.ShouldBe(placed.GrandTotal);
        cancelled.Payments.Single().Status.ShouldBe(PaymentStatus.Refunded);
        cancelled.Timeline.ShouldContain(t => t.Kind == OrderTimelineKind.Cancelled && t.AuthorName != "system");
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(10), s => s.Reserved.ShouldBe(0));
    }

    [Fact]
    public async Task Cancelling_an_unconfirmed_order_releases_its_hold_and_voids_the_payment()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);
        var placed = await PlaceAsync(shop, shop.Order(2, CheckoutShop.WebhookCard), "cancel-pending");
        var version = (await AsOwner(shop, s => s.GetAsync(placed.OrderId, Ct))).Version;

        var cancelled = await AsOwner(shop, s => s.CancelAsync(placed.OrderId, new CancelOrderDto { Reason = "Fraud check", Version = version }, Ct));

        cancelled.PaymentStatus.ShouldBe(PaymentStatus.Voided);
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(10), s => s.Reserved.ShouldBe(0));
    }

    [Fact]
    public async Task A_refund_by_lines_can_restock_and_never_exceeds_what_was_paid()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);
        var placed = await PlaceAsync(shop, shop.Order(3), "refund");
        var order = await AsOwner(shop, s => s.GetAsync(placed.OrderId, Ct));

        var refunded = await AsOwner(shop, s => s.RefundAsync(placed.OrderId, new RefundOrderDto
        {
            Lines = [new OrderLineQuantityDto { OrderLineId = order.Lines.Single().Id, Quantity = 1 }], Restock = true, Reason = "Broken", Version = order.Version,
        }, Ct));

        refunded.RefundedTotal.ShouldBe(20m);
        refunded.PaymentStatus.ShouldBe(PaymentStatus.PartiallyRefunded);
        refunded.Lines.Single().RefundedQuantity.ShouldBe(1);
        (await shop.StockAsync(services, shop.RedVariantId)).OnHand.ShouldBe(8);
        (await Should.ThrowAsync<BusinessException>(() => AsOwner(shop, s => s.RefundAsync(placed.OrderId, new RefundOrderDto { Amount = 100m, Version = refunded.Version }, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Ordering.InvalidRefund);
    }

    [Fact]
    public async Task Two_refunds_sent_at_once_from_the_same_read_refund_once_and_the_other_is_stale()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);
        var placed = await PlaceAsync(shop, shop.Order(3), "double-refund");
        var version = (await AsOwner(shop, s => s.GetAsync(placed.OrderId, Ct))).Version;
        var refund = new RefundOrderDto { Amount = 10m, Reason = "Double click", Version = version };

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                await AsOwner(shop, s => s.RefundAsync(placed.OrderId, refund, Ct));
                return "refunded";
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        }, Ct)));

        attempts.Order().ShouldBe([CommerceErrorCodes.StaleVersion, "refunded"]);
        (await AsOwner(shop, s => s.GetAsync(placed.OrderId, Ct))).RefundedTotal.ShouldBe(10m);
        (await shop.PaymentsAsync(services, placed.OrderId)).Single().RefundedAmount.ShouldBe(10m);
    }

    [Fact]
    public async Task A_manual_order_is_paid_when_staff_capture_it()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);
        var placed = await PlaceAsync(shop, shop.Order(1, card: null), "capture");

        var version = (await AsOwner(shop, s => s.GetAsync(placed.OrderId, Ct))).Version;
        var captured = await AsOwner(shop, s => s.CaptureAsync(placed.OrderId, new CapturePaymentDto { Version = version }, Ct));

        captured.Status.ShouldBe(OrderStatus.Paid);
        captured.PaymentStatus.ShouldBe(PaymentStatus.Captured);
        (await shop.StockAsync(services, shop.RedVariantId)).OnHand.ShouldBe(9);
    }

    [Fact]
    public async Task Two_captures_sent_at_once_from_the_same_read_capture_once_and_a_later_one_from_that_read_is_stale()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);
        var placed = await PlaceAsync(shop, shop.Order(1, card: null), "double-capture");
        var version = (await AsOwner(shop, s => s.GetAsync(placed.OrderId, Ct))).Version;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                await AsOwner(shop, s => s.CaptureAsync(placed.OrderId, new CapturePaymentDto { Version = version }, Ct));
                return "captured";
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        }, Ct)));
        var late = await Should.ThrowAsync<BusinessException>(() => AsOwner(shop, s => s.CaptureAsync(placed.OrderId, new CapturePaymentDto { Version = version }, Ct)));

        attempts.ShouldBe(["captured", CommerceErrorCodes.StaleVersion], ignoreOrder: true);
        late.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
        var payment = (await shop.PaymentsAsync(services, placed.OrderId)).Single();
        (payment.Status, payment.CapturedAmount).ShouldBe((PaymentStatus.Captured, placed.GrandTotal));
        payment.Transactions.Count(t => t.Kind == nameof(PaymentTransactionKind.Capture)).ShouldBe(1);
    }

    [Fact]
    public async Task Staff_without_the_orders_permission_are_refused_and_another_tenant_s_order_is_not_found()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);
        var other = await CheckoutShop.CreateAsync(services, 10, Ct);
        var placed = await PlaceAsync(shop, shop.Order(1), "perm");

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            services.AsMemberAsync(shop.Tenant.Tenant, Guid.CreateVersion7(), [], (IOrderAppService s) => s.GetAsync(placed.OrderId, Ct)));
        ex.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(other, s => s.GetAsync(placed.OrderId, Ct)));
    }

    private static CreateShipmentDto Shipment(Guid line, int quantity, uint version) =>
        new() { Lines = [new OrderLineQuantityDto { OrderLineId = line, Quantity = quantity }], Version = version };

    private Task<PlaceOrderResultDto> PlaceAsync(CheckoutShop shop, PlaceOrderDto input, string key) =>
        shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, input, key, Ct));

    private Task<T> AsOwner<T>(CheckoutShop shop, Func<IOrderAppService, Task<T>> action) => shop.Tenant.AsOwnerAsync(services, action);

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
