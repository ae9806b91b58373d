using Commerce.BackgroundJobs;
using Commerce.Domain.Events;
using Commerce.Domain.Repositories;
using Commerce.Emailing;
using Commerce.EntityFrameworkCore.Outbox;
using Commerce.Notifications;
using Commerce.Notifications.Logs;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Commerce.TestBase.Emailing;
using Commerce.TestBase.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

public sealed class OrderNotificationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly RecordingBackgroundJobManager jobs = new();
    private readonly RecordingEmailSender mail = new();
    private CommerceTestServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = new CommerceTestServices(database, s => s.AddSingleton<IBackgroundJobManager>(jobs).AddSingleton<IEmailSender>(mail));
        await services.SeedAsync();
    }

    [Fact]
    public async Task Placing_a_guest_order_queues_one_confirmation_to_its_email_with_the_order_and_a_signed_link()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var placed = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2), "notify", Ct));

        await services.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct);

        var log = (await LogsAsync(shop, placed.OrderId)).Where(l => l.Kind == NotificationKind.OrderPlaced).ShouldHaveSingleItem();
        log.Status.ShouldBe(NotificationStatus.Queued);
        log.RecipientEmail.ShouldBe(shop.Order().Email);
        log.RecipientName.ShouldBe(CheckoutShop.Address().Name);
        var args = jobs.Enqueued.OfType<SendNotificationArgs>().Single(a => a.LogId == log.Id);
        args.Order.ShouldNotBeNull().ShouldSatisfyAllConditions(
            o => o.Number.ShouldBe(placed.Number), o => o.GrandTotal.ShouldBe(placed.GrandTotal),
            o => o.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(2), o => o.ShippingAddress.ShouldContain(CheckoutShop.Address().Line1!));
    }

    [Fact]
    public async Task Shipping_queues_OrderShipped_with_the_shipments_tracking_and_a_redelivered_event_records_nothing_new()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var placed = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "ship", Ct));
        var order = await shop.Tenant.AsOwnerAsync<IOrderAppService, OrderDto>(services, s => s.GetAsync(placed.OrderId, Ct));
        var shipment = new CreateShipmentDto
        {
            Lines = [new OrderLineQuantityDto { OrderLineId = order.Lines.Single().Id, Quantity = 1 }], Version = order.Version,
            Carrier = "UPS", TrackingNumber = "1Z999", TrackingUrl = "https://track.example.com/1Z999",
        };
        var shipped = await shop.Tenant.AsOwnerAsync<IOrderAppService, OrderDto>(services, s => s.ShipAsync(order.Id, shipment, Ct));

        await services.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct);
        var log = (await LogsAsync(shop, placed.OrderId)).Where(l => l.Kind == NotificationKind.OrderShipped).ShouldHaveSingleItem();
        await shop.InTenantAsync(services, async sp =>
        {
            var again = new DomainEventContext(log.SourceEventId, shop.Tenant.Tenant.Id, services.Clock.GetUtcNow(), 2);
            await sp.GetRequiredService<Notifications.NotifyCustomerWhenOrderShippedHandler>()
                .HandleAsync(new OrderShipped(order.Id, shop.Store.Id, shipped.Shipments.Single().Id), again, Ct);
            return 0;
        });

        // The notification is still queued (no job ran), so the redelivery hands it over again: the same row, the same order.
        (await LogsAsync(shop, placed.OrderId)).Count(l => l.Kind == NotificationKind.OrderShipped).ShouldBe(1);
        var handedOver = jobs.Enqueued.OfType<SendNotificationArgs>().Where(a => a.LogId == log.Id).ToList();
        handedOver.Count.ShouldBe(2);
        handedOver.ShouldAllBe(a => a.Order != null && a.Order.TrackingNumber == "1Z999");
        handedOver[0].Order.ShouldNotBeNull().ShouldSatisfyAllConditions(
            o => o.Carrier.ShouldBe("UPS"), o => o.TrackingNumber.ShouldBe("1Z999"), o => o.TrackingUrl.ShouldBe("https://track.example.com/1Z999"));
    }

    [Fact]
    public async Task A_sent_confirmation_is_noted_on_the_orders_timeline()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var placed = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "timeline", Ct));
        var dispatcher = services.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchDueAsync(Ct);
        var log = (await LogsAsync(shop, placed.OrderId)).Where(l => l.Kind == NotificationKind.OrderPlaced).ShouldHaveSingleItem();

        await shop.InTenantAsync(services, async sp =>
        {
            await sp.GetRequiredService<SendNotificationJob>().ExecuteAsync(jobs.Enqueued.OfType<SendNotificationArgs>().Single(a => a.LogId == log.Id), Ct);
            return 0;
        });
        await dispatcher.DispatchDueAsync(Ct);

        var order = await shop.OrderAsync(services, placed.OrderId);
        order.Timeline.Where(t => t.Kind == OrderTimelineKind.Notification).ShouldHaveSingleItem()
            .Message.ShouldBe($"Order confirmation sent to {shop.Order().Email}");
    }

    private Task<List<NotificationLog>> LogsAsync(CheckoutShop shop, Guid orderId) =>
        shop.InTenantAsync(services, sp => sp.GetRequiredService<IAsyncQueryExecutor>().ToListAsync(
            sp.GetRequiredService<INotificationLogRepository>().Query().Where(l => l.OrderId == orderId), Ct));

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
