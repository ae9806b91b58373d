using System.Security.Claims;
using Commerce.BackgroundJobs;
using Commerce.Ordering.Carts;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Commerce.TestBase.Ordering;
using Commerce.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

public sealed class CartTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database, s => s.AddSingleton<IBackgroundJobManager>(new RecordingBackgroundJobManager()));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_visitor_s_cart_is_priced_by_the_server_and_reached_only_with_its_token()
    {
        var shop = await CheckoutShop.CreateAsync(services, 3, Ct);

        var made = await CartAsync(shop, null, c => c.AddAsync(shop.Store.Id, null, Line(shop.RedVariantId, 2), Ct));
        var added = await CartAsync(shop, null, c => c.AddAsync(shop.Store.Id, made.VisitorToken, Line(shop.BlueVariantId, 1), Ct));

        made.VisitorToken.ShouldNotBeNullOrEmpty();
        added.VisitorToken.ShouldBeNull();
        added.Lines.Count.ShouldBe(2);
        added.Subtotal.ShouldBe(60m);
        added.Lines[0].ShouldSatisfyAllConditions(l => l.ProductTitle.ShouldBe("Enamel Mug"), l => l.LineTotal.ShouldBe(40m), l => l.Warning.ShouldBe(CartLineWarning.None));
        (await CartAsync(shop, null, c => c.GetAsync(shop.Store.Id, "someone-else", Ct))).Lines.ShouldBeEmpty();
        (await CartAsync(shop, null, c => c.GetAsync(shop.Store.Id, made.VisitorToken, Ct))).ItemCount.ShouldBe(3);
    }

    [Fact]
    public async Task Quantities_stay_within_what_is_available_and_zero_removes_a_line()
    {
        var shop = await CheckoutShop.CreateAsync(services, 3, Ct);
        var cart = await CartAsync(shop, null, c => c.AddAsync(shop.Store.Id, null, Line(shop.RedVariantId, 2), Ct));

        (await Should.ThrowAsync<BusinessException>(() => CartAsync(shop, null, c => c.AddAsync(shop.Store.Id, cart.VisitorToken, Line(shop.RedVariantId, 2), Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Ordering.InsufficientStock);
        var removed = await CartAsync(shop, null, c => c.SetQuantityAsync(shop.Store.Id, cart.VisitorToken, Line(shop.RedVariantId, 0), Ct));

        removed.Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task Signing_in_merges_the_visitor_cart_into_the_customer_s_capped_by_availability()
    {
        var shop = await CheckoutShop.CreateAsync(services, 3, Ct);
        var customer = Guid.CreateVersion7();
        await CartAsync(shop, customer, c => c.AddAsync(shop.Store.Id, null, Line(shop.RedVariantId, 2), Ct));
        var visitor = await CartAsync(shop, null, c => c.AddAsync(shop.Store.Id, null, Line(shop.RedVariantId, 2), Ct));
        await CartAsync(shop, null, c => c.AddAsync(shop.Store.Id, visitor.VisitorToken, Line(shop.BlueVariantId, 1), Ct));

        var merged = await CartAsync(shop, customer, c => c.MergeAsync(shop.Store.Id, visitor.VisitorToken!, Ct));

        merged.Lines.Single(l => l.VariantId == shop.RedVariantId).Quantity.ShouldBe(3);
        merged.Lines.Single(l => l.VariantId == shop.BlueVariantId).Quantity.ShouldBe(1);
        (await CartAsync(shop, null, c => c.GetAsync(shop.Store.Id, visitor.VisitorToken, Ct))).Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task Placing_an_order_empties_the_cart_but_a_failed_payment_keeps_it()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var cart = await CartAsync(shop, null, c => c.AddAsync(shop.Store.Id, null, Line(shop.RedVariantId, 1), Ct));

        await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1, CheckoutShop.DeclinedCard) with { CartToken = cart.VisitorToken }, "declined", Ct));
        (await CartAsync(shop, null, c => c.GetAsync(shop.Store.Id, cart.VisitorToken, Ct))).ItemCount.ShouldBe(1);
        await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1) with { CartToken = cart.VisitorToken }, "paid", Ct));

        (await CartAsync(shop, null, c => c.GetAsync(shop.Store.Id, cart.VisitorToken, Ct))).Lines.ShouldBeEmpty();
    }

    private static SetCartLineDto Line(Guid variantId, int quantity) => new() { VariantId = variantId, Quantity = quantity };

    private async Task<CartDto> CartAsync(CheckoutShop shop, Guid? customerId, Func<ICartAppService, Task<CartDto>> action)
    {
        using var tenant = services.AsTenant(shop.Tenant.Tenant.Id);
        using var principal = customerId is null
            ? null
            : services.Services.GetRequiredService<ICurrentPrincipalAccessor>().Change(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(CommerceClaimTypes.CustomerId, customerId.Value.ToString()), new Claim(CommerceClaimTypes.TenantId, shop.Tenant.Tenant.Id.ToString())], "customer")));
        return await services.InScopeAsync(sp => action(sp.GetRequiredService<ICartAppService>()));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
