using Commerce.BackgroundJobs;
using Commerce.Payments;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Commerce.TestBase.Ordering;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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

    [Fact]
    public async Task A_sold_out_variant_is_refused_at_once_even_while_another_checkout_holds_its_stock_row()
    {
        var shop = await CheckoutShop.CreateAsync(services, 1, Ct);
        await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(), "last-unit", Ct));

        // Another checkout of the same variant in the middle of its transaction: the row is locked until it ends.
        await using var other = new NpgsqlConnection(database.OwnerConnectionString);
        await other.OpenAsync(Ct);
        await using var transaction = await other.BeginTransactionAsync(Ct);
        await using (var locking = new NpgsqlCommand($"SELECT 1 FROM inventory.stock_items WHERE variant_id = '{shop.RedVariantId}' FOR UPDATE", other, transaction))
            (await locking.ExecuteScalarAsync(Ct)).ShouldBe(1);

        var refused = await Should.ThrowAsync<BusinessException>(
            shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(), "sold-out", Ct)).WaitAsync(TimeSpan.FromSeconds(10), Ct));

        refused.Code.ShouldBe(CommerceErrorCodes.Inventory.InsufficientStock);
        refused.Details["available"].ShouldBe(0);
        await transaction.RollbackAsync(Ct);
        (await shop.OrdersAsync(services)).Count.ShouldBe(1);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
