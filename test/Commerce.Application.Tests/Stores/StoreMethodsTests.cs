using Commerce.Policies;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Stores;

public sealed class StoreMethodsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_shipping_type_the_platform_policy_leaves_out_is_refused_and_nothing_is_written()
    {
        var (tenant, store) = await TenantWithStoreAsync();
        await SetTenantPolicyAsync(tenant, CommercePolicies.AllowedShippingMethodTypes, "flat-rate");

        await Shipping(tenant, s => s.CreateAsync(store.Id, new CreateShippingMethodDto { Type = ShippingMethodType.FlatRate, Name = "Standard", Price = 4.9m }, Ct));
        var ex = await Should.ThrowAsync<BusinessException>(() =>
            Shipping(tenant, s => s.CreateAsync(store.Id, new CreateShippingMethodDto { Type = ShippingMethodType.LocalPickup, Name = "Pickup" }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Policies.NotAllowedByPolicy);
        (await Shipping(tenant, s => s.GetListAsync(store.Id, Ct))).Select(m => m.Name).ShouldBe(["Standard"]);
    }

    [Fact]
    public async Task A_weight_based_method_keeps_its_brackets_and_destinations()
    {
        var (tenant, store) = await TenantWithStoreAsync();

        var created = await Shipping(tenant, s => s.CreateAsync(store.Id, new CreateShippingMethodDto
        {
            Type = ShippingMethodType.WeightBased, Name = "By weight",
            WeightRates = [new WeightRateDto { UpToGrams = 2000, Price = 6m }, new WeightRateDto { UpToGrams = 500, Price = 3m }],
            Destinations = [new ShippingDestinationDto { CountryCode = "DE" }, new ShippingDestinationDto { CountryCode = "AT", RegionCodes = ["9"] }],
        }, Ct));
        var read = await Shipping(tenant, s => s.GetAsync(store.Id, created.Id, Ct));

        read.WeightRates.Select(r => r.UpToGrams).ShouldBe([500, 2000]);
        read.Destinations.Single(d => d.CountryCode == "AT").RegionCodes.ShouldBe(["9"]);
    }

    [Fact]
    public async Task Payment_providers_follow_the_policy_and_a_store_has_each_once()
    {
        var (tenant, store) = await TenantWithStoreAsync();
        await SetTenantPolicyAsync(tenant, CommercePolicies.AllowedPaymentMethods, "manual,test-gateway");

        var providers = await Payments(tenant, s => s.GetProvidersAsync(Ct));
        providers.Single(p => p.Name == "stripe").IsAllowed.ShouldBeFalse();
        await Payments(tenant, s => s.CreateAsync(store.Id, new CreatePaymentMethodDto { Provider = "manual", DisplayName = "Bank transfer" }, Ct));

        (await Should.ThrowAsync<BusinessException>(() => Payments(tenant, s => s.CreateAsync(store.Id, new CreatePaymentMethodDto { Provider = "manual", DisplayName = "Again" }, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Stores.DuplicatePaymentMethod);
        (await Should.ThrowAsync<BusinessException>(() => Payments(tenant, s => s.CreateAsync(store.Id, Stripe(), Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Policies.NotAllowedByPolicy);
    }

    [Fact]
    public async Task Stripe_needs_its_keys_and_its_secrets_are_sealed_and_never_read_back()
    {
        var (tenant, store) = await TenantWithStoreAsync();

        (await Should.ThrowAsync<BusinessException>(() => Payments(tenant, s => s.CreateAsync(store.Id, Stripe() with { Settings = new Dictionary<string, string?> { ["publishableKey"] = "pk_test_1" } }, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Stores.PaymentSettingRequired);
        var created = await Payments(tenant, s => s.CreateAsync(store.Id, Stripe(), Ct));
        created.Settings.ShouldBe(new Dictionary<string, string> { ["publishableKey"] = "pk_test_1" });
        created.SecretsSet.ShouldBe(["secretKey", "webhookSecret"]);

        var updated = await Payments(tenant, s => s.UpdateAsync(store.Id, created.Id, new UpdatePaymentMethodDto
        {
            DisplayName = "Card", Version = created.Version,
            Settings = new Dictionary<string, string?> { ["publishableKey"] = "pk_test_2", ["secretKey"] = "" },
        }, Ct));
        updated.SecretsSet.ShouldBe(["secretKey", "webhookSecret"]);

        using (services.AsTenant(tenant.Tenant.Id))
        {
            var secrets = await services.InScopeAsync(async sp =>
                sp.GetRequiredService<PaymentMethodManager>().ReadSecrets(await sp.GetRequiredService<IPaymentMethodRepository>().GetAsync(created.Id, Ct)));
            secrets["secretKey"].ShouldBe("sk_test_secret");
            var stored = await services.InScopeAsync(async sp => (await sp.GetRequiredService<IPaymentMethodRepository>().GetAsync(created.Id, Ct)).ProtectedSecrets);
            stored.ShouldNotBeNull().ShouldNotContain("sk_test_secret");
        }
    }

    [Fact]
    public async Task Methods_of_another_tenant_s_store_are_not_found()
    {
        var (a, store) = await TenantWithStoreAsync();
        var (b, _) = await TenantWithStoreAsync();
        var method = await Shipping(a, s => s.CreateAsync(store.Id, new CreateShippingMethodDto { Type = ShippingMethodType.FlatRate, Name = "Standard" }, Ct));

        await Should.ThrowAsync<EntityNotFoundException>(() => Shipping(b, s => s.GetListAsync(store.Id, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => Shipping(b, s => s.GetAsync(store.Id, method.Id, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => Payments(b, s => s.CreateAsync(store.Id, new CreatePaymentMethodDto { Provider = "manual", DisplayName = "x" }, Ct)));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static CreatePaymentMethodDto Stripe() => new()
    {
        Provider = "stripe", DisplayName = "Card",
        Settings = new Dictionary<string, string?> { ["publishableKey"] = "pk_test_1", ["secretKey"] = "sk_test_secret", ["webhookSecret"] = "whsec_1" },
    };

    private async Task<(StoreTenant Tenant, StoreDto Store)> TenantWithStoreAsync()
    {
        var tenant = await StoreTenant.CreateAsync(services, multiStore: false, maxStores: 1, Ct);
        var store = await tenant.AsOwnerAsync<IStoreAppService, StoreDto>(services, s => s.CreateAsync(StoreInput.Create(), Ct));
        return (tenant, store);
    }

    private async Task SetTenantPolicyAsync(StoreTenant tenant, string name, string value)
    {
        using var admin = services.AsHostAdmin();
        await services.InScopeAsync(sp => sp.GetRequiredService<IPlatformPolicyAppService>().UpdateAsync(
            PolicyScope.Tenant, tenant.Tenant.Id, new UpdatePolicyValuesDto { Values = new Dictionary<string, string?> { [name] = value } }, Ct));
    }

    private Task<T> Shipping<T>(StoreTenant tenant, Func<IShippingMethodAppService, Task<T>> action) => tenant.AsOwnerAsync(services, action);

    private Task<T> Payments<T>(StoreTenant tenant, Func<IPaymentMethodAppService, Task<T>> action) => tenant.AsOwnerAsync(services, action);
}
