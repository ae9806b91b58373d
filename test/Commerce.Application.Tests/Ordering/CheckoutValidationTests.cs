using Commerce.BackgroundJobs;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Commerce.TestBase.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

public sealed class CheckoutValidationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database, s => s.AddSingleton<IBackgroundJobManager>(new RecordingBackgroundJobManager()));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task Bad_checkouts_are_refused_with_their_codes_and_write_nothing()
    {
        var shop = await CheckoutShop.CreateAsync(services, 3, Ct);
        var other = await CheckoutShop.CreateAsync(services, 3, Ct);
        var order = shop.Order();
        (string Code, PlaceOrderDto Input)[] cases =
        [
            (CommerceErrorCodes.Ordering.EmptyCart, order with { Lines = [] }),
            (CommerceErrorCodes.Ordering.UnknownVariant, order with { Lines = [new CheckoutLineDto { VariantId = other.RedVariantId, Quantity = 1 }] }),
            (CommerceErrorCodes.Ordering.InvalidQuantity, order with { Lines = [new CheckoutLineDto { VariantId = shop.RedVariantId, Quantity = 0 }] }),
            (CommerceErrorCodes.Ordering.InvalidQuantity, order with { Lines = [new CheckoutLineDto { VariantId = shop.RedVariantId, Quantity = 100 }] }),
            (CommerceErrorCodes.Inventory.InsufficientStock, shop.Order(4)),
            (CommerceErrorCodes.Ordering.InvalidAddress, order with { ShippingAddress = CheckoutShop.Address() with { City = " " } }),
            (CommerceErrorCodes.Ordering.InvalidAddress, order with { ShippingAddress = CheckoutShop.Address("U1") }),
            (CommerceErrorCodes.Ordering.ShippingMethodUnavailable, order with { ShippingAddress = CheckoutShop.Address("DE") }),
            (CommerceErrorCodes.Ordering.ShippingMethodUnavailable, order with { ShippingMethodId = other.ShippingMethodId }),
            (CommerceErrorCodes.Ordering.PaymentMethodNotAllowed, order with { PaymentMethodId = other.CardMethodId }),
            (CommerceErrorCodes.Ordering.PaymentMethodNotAllowed, order with { PaymentMethodId = Guid.CreateVersion7() }),
        ];

        foreach (var (code, input) in cases)
        {
            var ex = await Should.ThrowAsync<BusinessException>(() =>
                shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, input, $"bad-{Guid.NewGuid():N}", Ct)));
            ex.Code.ShouldBe(code);
        }

        (await Should.ThrowAsync<BusinessException>(() => shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, order, " ", Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Ordering.IdempotencyKeyRequired);
        (await shop.OrdersAsync(services)).ShouldBeEmpty();
        (await shop.ReservationCountAsync(services)).ShouldBe(0);
        (await shop.StockAsync(services, shop.RedVariantId)).ShouldSatisfyAllConditions(s => s.OnHand.ShouldBe(3), s => s.Reserved.ShouldBe(0));
        var first = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, order, "good", Ct));
        first.Number.ShouldBe("#1001");
    }

    [Fact]
    public async Task Another_tenant_s_store_is_not_found()
    {
        var shop = await CheckoutShop.CreateAsync(services, 3, Ct);
        var other = await CheckoutShop.CreateAsync(services, 3, Ct);

        await Should.ThrowAsync<EntityNotFoundException>(() =>
            shop.AsShopperAsync(services, c => c.PlaceOrderAsync(other.Store.Id, other.Order(), "cross", Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => shop.AsShopperAsync(services, c => c.GetPaymentOptionsAsync(other.Store.Id, Ct)));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
