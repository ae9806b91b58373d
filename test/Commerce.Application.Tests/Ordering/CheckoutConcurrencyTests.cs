using Commerce.BackgroundJobs;
using Commerce.Payments;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Commerce.TestBase.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

public sealed class CheckoutConcurrencyTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database, s => s.AddSingleton<IBackgroundJobManager>(new RecordingBackgroundJobManager()));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task Fifty_customers_buying_the_last_ten_units_at_once_make_exactly_ten_orders()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            try
            {
                return await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(), $"buyer-{i}", Ct));
            }
            catch (BusinessException ex) when (ex.Code == CommerceErrorCodes.Inventory.InsufficientStock)
            {
                return null;
            }
        }, Ct)));

        outcomes.Count(o => o is not null).ShouldBe(10);
        var orders = await shop.OrdersAsync(services);
        orders.Count.ShouldBe(10);
        orders.ShouldAllBe(o => o.Status == OrderStatus.Paid);
        orders.Select(o => o.Number).ShouldBe(Enumerable.Range(1001, 10).Select(n => (long)n));
        var stock = await shop.StockAsync(services, shop.RedVariantId);
        stock.OnHand.ShouldBe(0);
        stock.Reserved.ShouldBe(0);
        (await shop.ReservationCountAsync(services)).ShouldBe(0);
        foreach (var order in orders)
        {
            order.PaymentId.ShouldNotBeNull();
            (await shop.PaymentsAsync(services, order.Id)).ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Captured);
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
