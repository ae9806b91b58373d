using System.Security.Claims;
using Commerce.Application.Dtos;
using Commerce.BackgroundJobs;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Database;
using Commerce.TestBase.Ordering;
using Commerce.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

public sealed class CustomerOrderTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database, s => s.AddSingleton<IBackgroundJobManager>(new RecordingBackgroundJobManager()));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_guest_opens_the_order_with_its_token_only()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var placed = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "guest", Ct));

        var order = await AsAsync(shop, null, s => s.GetByGuestTokenAsync(placed.GuestAccessToken!, Ct));

        order.Number.ShouldBe("#1001");
        order.Lines.Single().Quantity.ShouldBe(1);
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(shop, null, s => s.GetByGuestTokenAsync("not-the-token", Ct)));
        await Should.ThrowAsync<BusinessException>(() => AsAsync(shop, null, s => s.GetAsync(placed.OrderId, Ct)));
    }

    [Fact]
    public async Task A_tampered_an_expired_or_another_tenants_guest_token_finds_no_order()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var other = await CheckoutShop.CreateAsync(services, 5, Ct);
        var placed = await shop.AsShopperAsync(services, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "guest", Ct));
        var token = placed.GuestAccessToken!;
        var tampered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(shop, null, s => s.GetByGuestTokenAsync(tampered, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(other, null, s => s.GetByGuestTokenAsync(token, Ct)));
        services.Clock.Advance(TimeSpan.FromDays(OrderingConsts.GuestLinkLifetimeDays - 1));
        (await AsAsync(shop, null, s => s.GetByGuestTokenAsync(token, Ct))).Id.ShouldBe(placed.OrderId);
        services.Clock.Advance(TimeSpan.FromDays(2));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(shop, null, s => s.GetByGuestTokenAsync(token, Ct)));
    }

    [Fact]
    public async Task A_customer_sees_their_own_orders_and_not_others()
    {
        var shop = await CheckoutShop.CreateAsync(services, 5, Ct);
        var me = Guid.CreateVersion7();
        var mine = await AsAsync<ICheckoutAppService, PlaceOrderResultDto>(shop, me, c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "mine", Ct));
        var theirs = await AsAsync<ICheckoutAppService, PlaceOrderResultDto>(shop, Guid.CreateVersion7(), c => c.PlaceOrderAsync(shop.Store.Id, shop.Order(1), "theirs", Ct));

        var list = await AsAsync(shop, me, s => s.GetListAsync(shop.Store.Id, new PagedRequestDto(), Ct));

        mine.GuestAccessToken.ShouldBeNull();
        list.Items.Single().Id.ShouldBe(mine.OrderId);
        (await AsAsync(shop, me, s => s.GetAsync(mine.OrderId, Ct))).Id.ShouldBe(mine.OrderId);
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(shop, me, s => s.GetAsync(theirs.OrderId, Ct)));
    }

    private Task<T> AsAsync<T>(CheckoutShop shop, Guid? customerId, Func<ICustomerOrderAppService, Task<T>> action) =>
        AsAsync<ICustomerOrderAppService, T>(shop, customerId, action);

    private async Task<T> AsAsync<TService, T>(CheckoutShop shop, Guid? customerId, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var tenant = services.AsTenant(shop.Tenant.Tenant.Id);
        using var principal = customerId is null
            ? null
            : services.Services.GetRequiredService<ICurrentPrincipalAccessor>().Change(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(CommerceClaimTypes.CustomerId, customerId.Value.ToString()), new Claim(CommerceClaimTypes.TenantId, shop.Tenant.Tenant.Id.ToString())], "customer")));
        return await services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
