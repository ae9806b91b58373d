using Commerce.BackgroundJobs;
using Commerce.Payments;
using Commerce.Stores;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Commerce.TestBase.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

public sealed class CheckoutTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database, s => s.AddSingleton<IBackgroundJobManager>(new RecordingBackgroundJobManager()));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_captured_card_payment_makes_the_order_paid_and_sells_the_stock()
    {
        var shop = await CheckoutShop.CreateAsync(services, 10, Ct);

        var first = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2), "key-1", Ct));
        var second = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "key-2", Ct));

        first.Number.ShouldBe("#1001");
        second.Number.ShouldBe("#1002");
        first.Status.ShouldBe(OrderStatus.Paid);
        first.PaymentStatus.ShouldBe(PaymentStatus.Captured);
        first.GrandTotal.ShouldBe(45m);
        first.GuestAccessToken.ShouldNotBeNullOrEmpty();
        var stock = await shop.StockAsync(services, shop.RedVariantId);
        stock.OnHand.ShouldBe(7);
        stock.Reserved.ShouldBe(0);
        var order = await shop.OrderAsync(services, first.OrderId);
        order.Lines.Single().ShouldSatisfyAllConditions(
            l => l.ProductTitle.ShouldBe("Enamel Mug"), l => l.VariantTitle.ShouldBe("Red"), l => l.UnitPrice.ShouldBe(20m), l => l.LineTotal.ShouldBe(40m));
        services.Services.GetRequiredService<IGuestOrderLinks>().Read(first.GuestAccessToken!).ShouldBe((shop.Tenant.Tenant.Id, first.OrderId));
        order.Timeline.Select(t => t.Kind).ShouldBe([OrderTimelineKind.Placed, OrderTimelineKind.Payment]);
    }

    [Fact]
    public async Task A_manual_payment_confirms_the_order_at_once_and_leaves_the_payment_pending()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);

        var result = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2, card: null), "manual-1", Ct));

        result.Status.ShouldBe(OrderStatus.Pending);
        result.PaymentStatus.ShouldBe(PaymentStatus.Pending);
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(3), s => s.Reserved.ShouldBe(0));
        (await shop.OrderAsync(services, result.OrderId)).Timeline.Select(t => t.Kind).ShouldContain(OrderTimelineKind.Confirmed);
    }

    [Theory]
    [InlineData(CheckoutShop.DeclinedCard, "Commerce:Payments:CardDeclined")]
    [InlineData(CheckoutShop.ErrorCard, "Commerce:Payments:ProcessingError")]
    public async Task A_failed_card_cancels_the_order_releases_its_stock_and_says_why(string card, string code)
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);

        var result = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2, card), "fail-1", Ct));

        result.Status.ShouldBe(OrderStatus.Cancelled);
        result.PaymentStatus.ShouldBe(PaymentStatus.Failed);
        result.FailureCode.ShouldBe(code);
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(5), s => s.Reserved.ShouldBe(0));
    }

    [Fact]
    public async Task Exclusive_tax_is_added_to_the_order_s_total()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct, new StoreTaxSettingsDto { RatePercent = 8m, TaxShipping = true });

        var result = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(2), "tax-1", Ct));
        var order = await shop.OrderAsync(services, result.OrderId);

        order.Subtotal.ShouldBe(40m);
        order.ShippingTotal.ShouldBe(5m);
        order.TaxTotal.ShouldBe(3.60m);
        order.GrandTotal.ShouldBe(48.60m);
    }

    [Fact]
    public async Task Shipping_and_payment_options_are_those_that_serve_the_cart_and_the_platform_allows()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var quote = new CheckoutQuoteDto { Lines = shop.Order().Lines, CountryCode = "US", Region = "IL" };

        var us = await shop.AsShopperAsync(services, c => c.GetShippingOptionsAsync(shop.Store.Id, quote, Ct));
        var germany = await shop.AsShopperAsync(services, c => c.GetShippingOptionsAsync(shop.Store.Id, quote with { CountryCode = "DE", Region = null }, Ct));
        var payments = await shop.AsShopperAsync(services, c => c.GetPaymentOptionsAsync(shop.Store.Id, Ct));
        var review = await shop.AsShopperAsync(services, c => c.ReviewAsync(shop.Store.Id, quote with { ShippingMethodId = shop.ShippingMethodId }, Ct));

        us.Single().Price.ShouldBe(5m);
        germany.ShouldBeEmpty();
        payments.Select(p => p.Id).ShouldBe([shop.ManualMethodId, shop.CardMethodId]);
        review.GrandTotal.ShouldBe(25m);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
