using Commerce.MultiTenancy;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Commerce.TestBase;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Stores;

public sealed class DemoStoreSeedTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task The_demo_merchant_gets_two_stores_with_shipping_and_payment_methods_once()
    {
        await services.SeedAsync();

        var demo = await services.InScopeAsync(sp => sp.GetRequiredService<ITenantRepository>().FindBySlugAsync(DemoTenantDataSeedContributor.DemoSlug, Ct));
        using var scope = services.AsTenant(demo!.Id);
        var stores = await services.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IStoreRepository>().Query().OrderBy(s => s.Slug).ToList()));
        stores.Select(s => (s.Slug, s.Currency)).ShouldBe([(DemoStoreDataSeedContributor.MainSlug, "USD"), (DemoStoreDataSeedContributor.OutletSlug, "GBP")]);
        var main = stores[0];
        main.Tax.ShouldBe(new StoreTaxSettings(8m, false, false));
        stores[1].Tax.ShouldBe(new StoreTaxSettings(20m, true, true));
        var shipping = await services.InScopeAsync(sp => sp.GetRequiredService<IShippingMethodRepository>().GetListAsync(main.Id, Ct));
        shipping.Select(m => m.Type).Order().ShouldBe([ShippingMethodType.FlatRate, ShippingMethodType.WeightBased, ShippingMethodType.FreeAbove, ShippingMethodType.LocalPickup]);
        var payments = await services.InScopeAsync(sp => sp.GetRequiredService<IPaymentMethodRepository>().GetListAsync(main.Id, Ct));
        payments.Select(p => p.Provider).ShouldBe([PaymentProviderDefinitions.TestGateway, PaymentProviderDefinitions.Manual]);
        var location = await services.InScopeAsync(sp => sp.GetRequiredService<IStoreRepository>().FindLocationAsync("demo", Ct));
        location.ShouldBe(new StoreLocation(demo.Id, main.Id));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
