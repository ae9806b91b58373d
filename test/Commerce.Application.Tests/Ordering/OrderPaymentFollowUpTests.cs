using Commerce.BackgroundJobs;
using Commerce.Domain.Events;
using Commerce.EntityFrameworkCore.Outbox;
using Commerce.Payments;
using Commerce.Payments.TestGateway;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Commerce.TestBase.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

public sealed class OrderPaymentFollowUpTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    /// <summary>Shorter than the default hold, as a crash or load test configures it.</summary>
    private static readonly TimeSpan ConfiguredHold = TimeSpan.FromMinutes(2);

    private readonly CommerceTestServices services = new(database, s => s
        .AddSingleton<IBackgroundJobManager>(new RecordingBackgroundJobManager())
        .Configure<OrderingOptions>(o => o.ReservationHold = ConfiguredHold));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_card_awaiting_its_webhook_holds_the_stock_until_the_capture_pays_the_order_once()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var placed = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2, CheckoutShop.WebhookCard), "hook", Ct));
        placed.Status.ShouldBe(OrderStatus.Pending);
        (await shop.StockAsync(services, shop.RedVariantId)).Reserved.ShouldBe(2);

        await HandleAsync(shop, placed, PaymentStatus.Captured);
        await HandleAsync(shop, placed, PaymentStatus.Captured);
        await HandleAsync(shop, placed, PaymentStatus.Authorized);

        var order = await shop.OrderAsync(services, placed.OrderId);
        order.Status.ShouldBe(OrderStatus.Paid);
        order.PaymentStatus.ShouldBe(PaymentStatus.Captured);
        order.Timeline.Count(t => t.Kind == OrderTimelineKind.Payment).ShouldBe(1);
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(3), s => s.Reserved.ShouldBe(0));
    }

    [Fact]
    public async Task A_card_confirmed_later_pays_its_order_when_the_outbox_delivers_the_payments_event()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var placed = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2, CheckoutShop.WebhookCard), "outbox", Ct));
        var dispatcher = services.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchDueAsync(Ct);

        // The signed webhook captures the payment, whose event waits in the outbox.
        await ConfirmAsync(shop, placed.OrderId);
        (await shop.OrderAsync(services, placed.OrderId)).Status.ShouldBe(OrderStatus.Pending);
        await dispatcher.DispatchDueAsync(Ct);

        var order = await shop.OrderAsync(services, placed.OrderId);
        (order.Status, order.PaymentStatus).ShouldBe((OrderStatus.Paid, PaymentStatus.Captured));
        order.Timeline.Count(t => t.Kind == OrderTimelineKind.Payment).ShouldBe(1);
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(3), s => s.Reserved.ShouldBe(0));
    }

    [Fact]
    public async Task A_payment_captured_in_time_whose_event_is_still_in_the_outbox_pays_the_order_when_its_hold_runs_out()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var placed = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2, CheckoutShop.WebhookCard), "in-time", Ct));
        await ConfirmAsync(shop, placed.OrderId);

        services.Clock.Advance(TimeSpan.FromMinutes(OrderingConsts.ReservationHoldMinutes + 1));
        await services.InScopeAsync(sp => sp.GetRequiredService<ReleaseExpiredOrdersJob>().ExecuteAsync(new ReleaseExpiredOrdersArgs(), Ct));

        var order = await shop.OrderAsync(services, placed.OrderId);
        (order.Status, order.PaymentStatus).ShouldBe((OrderStatus.Paid, PaymentStatus.Captured));
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(3), s => s.Reserved.ShouldBe(0));
        await services.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct);
        (await shop.OrderAsync(services, placed.OrderId)).Timeline.Count(t => t.Kind == OrderTimelineKind.Payment).ShouldBe(1);
        (await shop.PaymentsAsync(services, placed.OrderId)).Single().Status.ShouldBe(PaymentStatus.Captured);
    }

    [Fact]
    public async Task An_expired_hold_cancels_the_unconfirmed_order_and_its_payment_which_the_gateway_then_no_longer_charges()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var waiting = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2, CheckoutShop.WebhookCard), "late", Ct));
        var manual = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1, card: null), "manual", Ct));

        services.Clock.Advance(TimeSpan.FromMinutes(OrderingConsts.ReservationHoldMinutes + 1));
        await services.InScopeAsync(sp => sp.GetRequiredService<ReleaseExpiredOrdersJob>().ExecuteAsync(new ReleaseExpiredOrdersArgs(), Ct));

        var cancelled = await shop.OrderAsync(services, waiting.OrderId);
        (cancelled.Status, cancelled.PaymentStatus).ShouldBe((OrderStatus.Cancelled, PaymentStatus.Voided));
        (await shop.PaymentsAsync(services, waiting.OrderId)).Single().Status.ShouldBe(PaymentStatus.Voided);
        (await shop.OrderAsync(services, manual.OrderId)).ShouldSatisfyAllConditions(
            o => o.Status.ShouldBe(OrderStatus.Pending), o => o.PaymentStatus.ShouldBe(PaymentStatus.Pending));
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(4), s => s.Reserved.ShouldBe(0));

        // The shopper finishes paying after all: the gateway refuses a cancelled payment, and nothing is charged.
        await ConfirmAsync(shop, waiting.OrderId);

        var payment = (await shop.PaymentsAsync(services, waiting.OrderId)).Single();
        (payment.Status, payment.CapturedAmount).ShouldBe((PaymentStatus.Voided, 0m));
        payment.Transactions.ShouldNotContain(t => t.Kind == nameof(PaymentTransactionKind.Capture));
        (await shop.OrderAsync(services, waiting.OrderId)).Status.ShouldBe(OrderStatus.Cancelled);
    }

    [Fact]
    public async Task A_capture_after_another_checkout_took_the_expired_hold_cancels_and_refunds_instead_of_overselling()
    {
        var shop = await CheckoutShop.CreateAsync(services, 3, Ct);
        var late = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2, CheckoutShop.WebhookCard), "late", Ct));
        services.Clock.Advance(TimeSpan.FromMinutes(OrderingConsts.ReservationHoldMinutes + 1));
        var other = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(3), "other", Ct));

        await HandleAsync(shop, late, PaymentStatus.Captured);
        await services.InScopeAsync(sp => sp.GetRequiredService<ReleaseExpiredOrdersJob>().ExecuteAsync(new ReleaseExpiredOrdersArgs(), Ct));

        other.Status.ShouldBe(OrderStatus.Paid);
        (await shop.OrderAsync(services, late.OrderId)).Status.ShouldBe(OrderStatus.Cancelled);
        (await shop.PaymentsAsync(services, late.OrderId)).Single().Status.ShouldBe(PaymentStatus.Refunded);
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(0), s => s.Reserved.ShouldBe(0));
    }

    [Fact]
    public async Task An_unconfirmed_order_whose_hold_another_checkout_released_is_still_cancelled_by_the_job()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var waiting = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1, CheckoutShop.WebhookCard), "waiting", Ct));
        services.Clock.Advance(TimeSpan.FromMinutes(OrderingConsts.ReservationHoldMinutes + 1));
        await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "other", Ct));
        (await shop.ReservationCountAsync(services)).ShouldBe(0);

        await services.InScopeAsync(sp => sp.GetRequiredService<ReleaseExpiredOrdersJob>().ExecuteAsync(new ReleaseExpiredOrdersArgs(), Ct));

        (await shop.OrderAsync(services, waiting.OrderId)).Status.ShouldBe(OrderStatus.Cancelled);
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(4), s => s.Reserved.ShouldBe(0));
    }

    [Fact]
    public async Task An_unconfirmed_order_whose_hold_another_checkout_released_is_cancelled_once_the_configured_hold_ran_out()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var waiting = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1, CheckoutShop.WebhookCard), "waiting", Ct));
        services.Clock.Advance(ConfiguredHold / 2);
        await services.InScopeAsync(sp => sp.GetRequiredService<ReleaseExpiredOrdersJob>().ExecuteAsync(new ReleaseExpiredOrdersArgs(), Ct));
        (await shop.OrderAsync(services, waiting.OrderId)).Status.ShouldBe(OrderStatus.Pending);

        services.Clock.Advance(ConfiguredHold);
        await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "other", Ct));
        (await shop.ReservationCountAsync(services)).ShouldBe(0);
        await services.InScopeAsync(sp => sp.GetRequiredService<ReleaseExpiredOrdersJob>().ExecuteAsync(new ReleaseExpiredOrdersArgs(), Ct));

        (await shop.OrderAsync(services, waiting.OrderId)).Status.ShouldBe(OrderStatus.Cancelled);
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(4), s => s.Reserved.ShouldBe(0));
    }

    /// <summary>
    /// The payment reaches the status for real (a capture runs the test gateway's confirmation job), then Ordering's
    /// handler receives the event Payments raised, as the outbox would deliver it.
    /// </summary>
    private async Task<bool> HandleAsync(CheckoutShop shop, PlaceOrderResultDto order, PaymentStatus status)
    {
        if (status == PaymentStatus.Captured)
            await ConfirmAsync(shop, order.OrderId);
        var payment = (await shop.PaymentsAsync(services, order.OrderId)).Single();

        return await shop.InTenantAsync(services, async sp =>
        {
            var paymentStatus = new PaymentStatusChanged(payment.Id, order.OrderId, shop.Store.Id, status, payment.Currency,
                payment.AuthorizedAmount, payment.CapturedAmount, payment.RefundedAmount);
            await sp.GetRequiredService<ApplyPaymentWhenPaymentStatusChangedHandler>()
                .HandleAsync(paymentStatus, new DomainEventContext(Guid.CreateVersion7(), shop.Tenant.Tenant.Id, services.Clock.GetUtcNow(), 1), Ct);
            return true;
        });
    }

    /// <summary>Runs the test gateway's confirmation job of the order's payment as Hangfire would: its webhook captures it.</summary>
    private async Task ConfirmAsync(CheckoutShop shop, Guid orderId)
    {
        var payment = (await shop.PaymentsAsync(services, orderId)).Single();
        var jobs = (RecordingBackgroundJobManager)services.Services.GetRequiredService<IBackgroundJobManager>();
        var confirmation = jobs.Enqueued.OfType<ConfirmTestGatewayPaymentArgs>().Single(j => j.PaymentId == payment.Id);
        await services.InScopeAsync(sp => sp.GetRequiredService<ConfirmTestGatewayPaymentJob>().ExecuteAsync(confirmation, Ct));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
