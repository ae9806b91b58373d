using Commerce.Data;
using Commerce.Domain.Repositories;
using Commerce.Features;
using Commerce.MultiTenancy;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;

namespace Commerce.Stores;

/// <summary>
/// The demo merchant's two stores (the second one shows multi-store): a US store on the tenant's own address and
/// a UK outlet, each with shipping and payment methods a shopper can check out with. Made once.
/// </summary>
public sealed class DemoStoreDataSeedContributor(
    ITenantRepository tenants, ICurrentTenant currentTenant, IStoreRepository stores, StoreManager storeManager,
    ShippingMethodManager shippingManager, IShippingMethodRepository shippingMethods, PaymentMethodManager paymentManager,
    IPaymentMethodRepository paymentMethods, IFeatureChecker features, IUnitOfWork unitOfWork)
    : IDataSeedContributor
{
    public const string MainSlug = DemoTenantDataSeedContributor.DemoSlug;
    public const string OutletSlug = "demo-outlet";

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null || !context.IncludeDemoData || await tenants.FindBySlugAsync(DemoTenantDataSeedContributor.DemoSlug, ct) is not { } tenant)
            return;
        using var scope = currentTenant.Change(tenant.Id);
        if (await stores.CountAsync(ct) == 0)
            await SeedMainStoreAsync(ct);

        // The outlet shows multi-store; a demo tenant moved to a plan without it keeps its one store.
        if (await stores.FindLocationAsync(OutletSlug, ct) is null && await features.IsEnabledAsync(CommerceFeatures.Stores.MultiStore, ct)
            && await stores.CountAsync(ct) < await features.GetNumberAsync(CommerceFeatures.Stores.MaxStoreCount, ct))
            await SeedOutletAsync(ct);
    }

    private async Task SeedMainStoreAsync(CancellationToken ct)
    {
        var main = await CreateStoreAsync("Demo Outfitters", MainSlug, new StoreRegionalSettings("en-US", "USD", "America/New_York"),
            new StoreAddress("123 Market Street", null, "San Francisco", "CA", "94103", "US"),
            new StoreTheme("#1e3a5f", "#e76f51", "#fdfcfa", "#1f2933", "Inter", []), new StoreTaxSettings(8m, false, false), ct);
        await AddShippingAsync(main, ShippingMethodType.FlatRate, "Standard (3-5 days)", 5.99m, null, [], ["US", "CA"], ct);
        await AddShippingAsync(main, ShippingMethodType.FreeAbove, "Free shipping over $75", 0m, 75m, [], ["US"], ct);
        await AddShippingAsync(main, ShippingMethodType.WeightBased, "Express (1-2 days)", 0m, null,
            [new WeightRate(1000, 12m), new WeightRate(5000, 19m), new WeightRate(20000, 35m)], ["US"], ct);
        await AddShippingAsync(main, ShippingMethodType.LocalPickup, "Pick up at our San Francisco shop", 0m, null, [], [], ct);
        await AddPaymentAsync(main, PaymentProviderDefinitions.TestGateway, "Credit card (test gateway)", null, 0, ct);
        await AddPaymentAsync(main, PaymentProviderDefinitions.Manual, "Bank transfer", "Pay to IBAN US00 DEMO 0000 0000 with your order number as reference.", 1, ct);
    }

    private async Task SeedOutletAsync(CancellationToken ct)
    {
        var outlet = await CreateStoreAsync("Demo Outlet", OutletSlug, new StoreRegionalSettings("en-GB", "GBP", "Europe/London"),
            new StoreAddress("10 Carnaby Street", null, "London", null, "W1F 9PS", "GB"),
            new StoreTheme("#3d405b", "#81b29a", "#ffffff", "#222222", "Georgia", []), new StoreTaxSettings(20m, true, true), ct);
        await AddShippingAsync(outlet, ShippingMethodType.FlatRate, "Royal Mail 2nd class", 3.95m, null, [], ["GB"], ct);
        await AddShippingAsync(outlet, ShippingMethodType.FreeAbove, "Free delivery over £50", 0m, 50m, [], ["GB"], ct);
        await AddPaymentAsync(outlet, PaymentProviderDefinitions.TestGateway, "Card (test gateway)", null, 0, ct);
        await AddPaymentAsync(outlet, PaymentProviderDefinitions.Manual, "Cash on delivery", "Pay the courier in cash when your parcel arrives.", 1, ct);
    }

    private async Task<Store> CreateStoreAsync(
        string name, string slug, StoreRegionalSettings regional, StoreAddress address, StoreTheme theme, StoreTaxSettings tax, CancellationToken ct)
    {
        var store = await storeManager.CreateAsync(name, slug, regional, ct);
        store.ChangeContact($"hello@{slug}.commerce.test", "+1 555 0100", address);
        store.ChangeAppearance(null, theme);
        store.ChangeTaxSettings(tax);
        store.ChangeReturnPolicy("Return any unworn item within 30 days for a full refund. We pay return shipping on exchanges.");
        await stores.AddAsync(store, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return store;
    }

    private async Task AddShippingAsync(
        Store store, ShippingMethodType type, string name, decimal price, decimal? freeAbove, WeightRate[] rates, string[] countries, CancellationToken ct)
    {
        var method = await shippingManager.CreateAsync(store.Id, type, name, ct);
        method.ChangeRates(price, freeAbove, rates);
        method.ChangeDestinations(countries.Select(c => new ShippingDestination(c, null)));
        await shippingMethods.AddAsync(method, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task AddPaymentAsync(Store store, string provider, string displayName, string? instructions, int position, CancellationToken ct)
    {
        var method = await paymentManager.CreateAsync(store.Id, provider, displayName, ct);
        method.Rename(displayName, instructions);
        method.MoveTo(position);
        paymentManager.Configure(method, new Dictionary<string, string?>());
        await paymentMethods.AddAsync(method, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }
}
