using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Stores;

public sealed class StoreAppServiceTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_second_store_needs_the_multi_store_feature_and_the_plan_limit_holds()
    {
        var single = await StoreTenantAsync(multiStore: false, maxStores: 5);
        await AsOwner(single, s => s.CreateAsync(StoreInput.Create(), Ct));
        var refused = await Should.ThrowAsync<BusinessException>(() => AsOwner(single, s => s.CreateAsync(StoreInput.Create(), Ct)));
        refused.Code.ShouldBe(CommerceErrorCodes.Features.FeatureDisabled);

        var multi = await StoreTenantAsync(multiStore: true, maxStores: 2);
        await AsOwner(multi, s => s.CreateAsync(StoreInput.Create(), Ct));
        await AsOwner(multi, s => s.CreateAsync(StoreInput.Create(), Ct));
        var limit = await Should.ThrowAsync<BusinessException>(() => AsOwner(multi, s => s.CreateAsync(StoreInput.Create(), Ct)));
        limit.Code.ShouldBe(CommerceErrorCodes.Stores.StoreLimitReached);
        limit.Kind.ShouldBe(BusinessErrorKind.Forbidden);
        (await AsOwner(multi, s => s.GetListAsync(Ct))).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Concurrent_openings_never_pass_the_plan_s_store_limit()
    {
        var tenant = await StoreTenantAsync(multiStore: true, maxStores: 3);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                await AsOwner(tenant, s => s.CreateAsync(StoreInput.Create(), Ct));
                return true;
            }
            catch (BusinessException ex) when (ex.Code == CommerceErrorCodes.Stores.StoreLimitReached)
            {
                return false;
            }
        }, Ct)));

        outcomes.Count(o => o).ShouldBe(3);
        (await AsOwner(tenant, s => s.GetListAsync(Ct))).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Slugs_and_domains_are_unique_across_all_tenants()
    {
        var a = await StoreTenantAsync();
        var b = await StoreTenantAsync();
        var storeA = await AsOwner(a, s => s.CreateAsync(StoreInput.Create("shared-name"), Ct));
        await AsOwner(a, s => s.UpdateAsync(storeA.Id, StoreInput.Update(storeA) with { Domains = ["Shop.Example.com."] }, Ct));

        (await Should.ThrowAsync<BusinessException>(() => AsOwner(b, s => s.CreateAsync(StoreInput.Create("shared-name"), Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Stores.DuplicateStoreSlug);
        (await Should.ThrowAsync<BusinessException>(() => AsOwner(b, s => s.CreateAsync(StoreInput.Create(a.Tenant.Slug), Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Stores.DuplicateStoreSlug);
        var storeB = await AsOwner(b, s => s.CreateAsync(StoreInput.Create(), Ct));
        (await Should.ThrowAsync<BusinessException>(() => AsOwner(b, s => s.UpdateAsync(storeB.Id, StoreInput.Update(storeB) with { Domains = ["shop.example.com"] }, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Stores.DuplicateDomain);
    }

    [Fact]
    public async Task The_registry_finds_a_store_by_slug_or_custom_domain_without_knowing_the_tenant()
    {
        var a = await StoreTenantAsync();
        var store = await AsOwner(a, s => s.CreateAsync(StoreInput.Create(), Ct));
        await AsOwner(a, s => s.UpdateAsync(store.Id, StoreInput.Update(store) with { Domains = ["www.myshop.test"] }, Ct));

        var bySlug = await services.InScopeAsync(sp => sp.GetRequiredService<IStoreRepository>().FindLocationAsync(store.Slug, Ct));
        var byHost = await services.InScopeAsync(sp => sp.GetRequiredService<IStoreRepository>().FindLocationAsync("www.myshop.test", Ct));

        bySlug.ShouldBe(new StoreLocation(a.Tenant.Id, store.Id));
        byHost.ShouldBe(new StoreLocation(a.Tenant.Id, store.Id));
    }

    [Fact]
    public async Task A_custom_domain_under_the_platform_s_own_domain_is_refused()
    {
        var a = await StoreTenantAsync();
        var store = await AsOwner(a, s => s.CreateAsync(StoreInput.Create(), Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            AsOwner(a, s => s.UpdateAsync(store.Id, StoreInput.Update(store) with { Domains = ["other.localhost"] }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Stores.InvalidDomain);
    }

    [Fact]
    public async Task Settings_are_saved_whole_and_a_stale_version_is_refused()
    {
        var a = await StoreTenantAsync();
        var store = await AsOwner(a, s => s.CreateAsync(StoreInput.Create(), Ct));
        var theme = new StoreThemeDto
        {
            PrimaryColor = "#0F766E", AccentColor = "#f59e0b", BackgroundColor = "#ffffff", TextColor = "#111111",
            Banners = [new StoreBannerDto { ImageUrl = "/media/banner.jpg", Title = "Autumn sale", LinkUrl = "/c/sale", Position = 1 }],
        };

        var saved = await AsOwner(a, s => s.UpdateAsync(store.Id, StoreInput.Update(store) with
        {
            Currency = "chf", ContactEmail = "hello@shop.test", Theme = theme, ReturnPolicy = "30 days.", Status = StoreStatus.Closed,
            Address = new StoreAddressDto { Line1 = "Bahnhofstrasse 1", City = "Zürich", PostalCode = "8001", CountryCode = "CH" },
        }, Ct));

        saved.Currency.ShouldBe("CHF");
        saved.Theme.PrimaryColor.ShouldBe("#0f766e");
        saved.Theme.Banners.Single().Title.ShouldBe("Autumn sale");
        saved.Address.City.ShouldBe("Zürich");
        saved.Status.ShouldBe(StoreStatus.Closed);
        saved.DefaultDomain.ShouldBe($"{store.Slug}.localhost");
        (await Should.ThrowAsync<BusinessException>(() => AsOwner(a, s => s.UpdateAsync(store.Id, StoreInput.Update(store), Ct))))
            .Code.ShouldBe(CommerceErrorCodes.StaleVersion);
    }

    [Fact]
    public async Task Tax_settings_are_saved_and_left_alone_when_the_update_omits_them()
    {
        var a = await StoreTenantAsync();
        var store = await AsOwner(a, s => s.CreateAsync(StoreInput.Create(), Ct));
        store.Tax.ShouldBe(new StoreTaxSettingsDto { RatePercent = 0m, PricesIncludeTax = false, TaxShipping = false });

        var taxed = await AsOwner(a, s => s.UpdateAsync(store.Id, StoreInput.Update(store) with
        {
            Tax = new StoreTaxSettingsDto { RatePercent = 8.875m, PricesIncludeTax = true, TaxShipping = true },
        }, Ct));
        var renamed = await AsOwner(a, s => s.UpdateAsync(store.Id, StoreInput.Update(taxed) with { Name = "Renamed" }, Ct));

        renamed.Tax.ShouldBe(new StoreTaxSettingsDto { RatePercent = 8.875m, PricesIncludeTax = true, TaxShipping = true });
        (await AsOwner(a, s => s.GetAsync(store.Id, Ct))).Tax.RatePercent.ShouldBe(8.875m);
    }

    [Fact]
    public async Task The_last_store_stays_and_a_deleted_store_frees_its_names()
    {
        var a = await StoreTenantAsync(multiStore: true, maxStores: 3);
        var first = await AsOwner(a, s => s.CreateAsync(StoreInput.Create(), Ct));
        var second = await AsOwner(a, s => s.CreateAsync(StoreInput.Create("to-be-freed"), Ct));

        await AsOwner(a, async s => { await s.DeleteAsync(second.Id, Ct); return true; });
        (await Should.ThrowAsync<BusinessException>(() => AsOwner(a, async s => { await s.DeleteAsync(first.Id, Ct); return true; })))
            .Code.ShouldBe(CommerceErrorCodes.Stores.LastStoreCannotBeDeleted);

        var reused = await AsOwner(a, s => s.CreateAsync(StoreInput.Create("to-be-freed"), Ct));
        reused.Slug.ShouldBe("to-be-freed");
    }

    [Fact]
    public async Task Another_tenant_s_store_is_not_found()
    {
        var a = await StoreTenantAsync();
        var b = await StoreTenantAsync();
        var store = await AsOwner(a, s => s.CreateAsync(StoreInput.Create(), Ct));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(b, s => s.GetAsync(store.Id, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(b, s => s.UpdateAsync(store.Id, StoreInput.Update(store), Ct)));
        (await AsOwner(b, s => s.GetListAsync(Ct))).ShouldBeEmpty();
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private Task<StoreTenant> StoreTenantAsync(bool multiStore = false, int maxStores = 1) =>
        StoreTenant.CreateAsync(services, multiStore, maxStores, Ct);

    private Task<T> AsOwner<T>(StoreTenant tenant, Func<IStoreAppService, Task<T>> action) => tenant.AsOwnerAsync(services, action);
}
