using Commerce.BackgroundJobs;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Commerce.TestBase.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

public sealed class CheckoutIdempotencyTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database, s => s.AddSingleton<IBackgroundJobManager>(new RecordingBackgroundJobManager()));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task The_same_key_with_the_same_request_returns_the_first_order()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);

        var first = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(), "same", Ct));
        var again = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(), "same", Ct));

        again.OrderId.ShouldBe(first.OrderId);
        again.Number.ShouldBe(first.Number);
        (await shop.OrdersAsync(services)).Count.ShouldBe(1);
        (await shop.StockAsync(services, shop.RedVariantId)).OnHand.ShouldBe(4);
        services.Services.GetRequiredService<IGuestOrderLinks>().Read(again.GuestAccessToken!).ShouldBe((shop.Tenant.Tenant.Id, first.OrderId));
    }

    [Fact]
    public async Task The_same_key_with_another_request_fails_with_IdempotencyKeyReused()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "reused", Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2), "reused", Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Ordering.IdempotencyKeyReused);
        ex.Kind.ShouldBe(BusinessErrorKind.Unprocessable);
        (await shop.OrdersAsync(services)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_double_submit_at_once_creates_one_order()
    {
        var shop = await CheckoutShop.CreateAsync(services, 20, Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(), "double", Ct)), Ct)));

        results.Select(r => r.OrderId).Distinct().Count().ShouldBe(1);
        (await shop.OrdersAsync(services)).Count.ShouldBe(1);
        var stock = await shop.StockAsync(services, shop.RedVariantId);
        stock.OnHand.ShouldBe(19);
        stock.Reserved.ShouldBe(0);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
