using Commerce.MultiTenancy;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Features;

public sealed class FeatureCheckerTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncDisposable
{
    private const string Products = CommerceFeatures.Catalog.MaxProductCount;
    private const string MultiStore = CommerceFeatures.Stores.MultiStore;
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_tenant_gets_its_override_else_its_edition_value_else_the_default()
    {
        var edition = await CreateEditionAsync(new() { [Products] = "100" });
        var tenant = await CreateTenantAsync(edition.Id);

        (await NumberAsync(tenant.Id, Products)).ShouldBe(100);
        (await ValueAsync(tenant.Id, MultiStore)).ShouldBe("false");

        await OverrideAsync(tenant.Id, new() { [Products] = "150" });
        (await NumberAsync(tenant.Id, Products)).ShouldBe(150);

        await OverrideAsync(tenant.Id, new() { [Products] = null });
        (await NumberAsync(tenant.Id, Products)).ShouldBe(100);
    }

    [Fact]
    public async Task A_change_of_the_edition_reaches_its_tenants_at_once_though_their_values_were_cached()
    {
        var edition = await CreateEditionAsync(new() { [Products] = "100" });
        var first = await CreateTenantAsync(edition.Id);
        var second = await CreateTenantAsync(edition.Id);
        (await NumberAsync(first.Id, Products)).ShouldBe(100);
        (await NumberAsync(second.Id, Products)).ShouldBe(100);

        await InScope<IEditionAppService, EditionDto>(s => s.UpdateAsync(edition.Id, new UpdateEditionDto
        {
            DisplayName = edition.DisplayName, Version = edition.Version, FeatureValues = new Dictionary<string, string?> { [Products] = "200" },
        }, Ct));

        (await NumberAsync(first.Id, Products)).ShouldBe(200);
        (await NumberAsync(second.Id, Products)).ShouldBe(200);
    }

    [Fact]
    public async Task Moving_a_tenant_to_another_plan_changes_its_values_at_once()
    {
        var small = await CreateEditionAsync(new() { [Products] = "10" });
        var large = await CreateEditionAsync(new() { [Products] = "10000", [MultiStore] = "true" });
        var tenant = await CreateTenantAsync(small.Id);
        (await NumberAsync(tenant.Id, Products)).ShouldBe(10);

        await InScope<ITenantAppService, TenantDto>(s => s.UpdateAsync(tenant.Id, new UpdateTenantDto
        {
            Name = tenant.Name, Slug = tenant.Slug, EditionId = large.Id, Version = tenant.Version,
        }, Ct));

        (await NumberAsync(tenant.Id, Products)).ShouldBe(10000);
        (await ValueAsync(tenant.Id, MultiStore)).ShouldBe("true");
    }

    [Fact]
    public async Task An_override_equal_to_the_plan_is_not_kept_and_follows_later_plan_changes()
    {
        var edition = await CreateEditionAsync(new() { [Products] = "100" });
        var tenant = await CreateTenantAsync(edition.Id);

        var features = await OverrideAsync(tenant.Id, new() { [Products] = "100" });

        features.Single(f => f.Definition.Name == Products).OverrideValue.ShouldBeNull();
    }

    [Fact]
    public async Task The_host_gets_the_defaults()
    {
        var value = await services.InScopeAsync(sp => sp.GetRequiredService<IFeatureChecker>().GetValueAsync(Products, Ct));

        value.ShouldBe(CommerceFeatureDefinitions.Get(Products).DefaultValue);
    }

    [Fact]
    public async Task A_feature_the_plan_lacks_is_refused_with_FeatureDisabled_naming_it()
    {
        var tenant = await CreateTenantAsync(null);

        var ex = await Should.ThrowAsync<BusinessException>(() => AsTenant(tenant.Id, f => f.CheckEnabledAsync(MultiStore, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Features.FeatureDisabled);
        ex.Kind.ShouldBe(BusinessErrorKind.Forbidden);
        ex.Details["feature"].ShouldBe("Multi-store");
    }

    [Fact]
    public async Task Reaching_a_limit_is_refused_with_the_given_code_and_the_plan_limit()
    {
        var edition = await CreateEditionAsync(new() { [Products] = "3" });
        var tenant = await CreateTenantAsync(edition.Id);

        await AsTenant(tenant.Id, f => f.EnsureBelowLimitAsync(Products, _ => Task.FromResult(2), CommerceErrorCodes.Conflict, Ct));
        var ex = await Should.ThrowAsync<BusinessException>(() =>
            AsTenant(tenant.Id, f => f.EnsureBelowLimitAsync(Products, _ => Task.FromResult(3), CommerceErrorCodes.Conflict, Ct)));

        ex.Kind.ShouldBe(BusinessErrorKind.Forbidden);
        ex.Details["limit"].ShouldBe(3);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private Task<EditionDto> CreateEditionAsync(Dictionary<string, string?> values) =>
        InScope<IEditionAppService, EditionDto>(s => s.CreateAsync(new CreateEditionDto
        {
            Name = $"E-{Guid.NewGuid():N}"[..30], DisplayName = "Test plan", FeatureValues = values,
        }, Ct));

    private Task<TenantDto> CreateTenantAsync(Guid? editionId) =>
        InScope<ITenantAppService, TenantDto>(s => s.CreateAsync(TenantInput.Create(editionId: editionId), Ct));

    private Task<IReadOnlyList<TenantFeatureDto>> OverrideAsync(Guid tenantId, Dictionary<string, string?> overrides) =>
        InScope<ITenantFeatureAppService, IReadOnlyList<TenantFeatureDto>>(s => s.UpdateAsync(tenantId, new UpdateTenantFeaturesDto { Overrides = overrides }, Ct));

    private Task<int> NumberAsync(Guid tenantId, string name) => AsTenant(tenantId, f => f.GetNumberAsync(name, Ct));

    private Task<string> ValueAsync(Guid tenantId, string name) => AsTenant(tenantId, f => f.GetValueAsync(name, Ct));

    private async Task<T> AsTenant<T>(Guid tenantId, Func<IFeatureChecker, Task<T>> read)
    {
        using var tenant = services.AsTenant(tenantId);
        return await services.InScopeAsync(sp => read(sp.GetRequiredService<IFeatureChecker>()));
    }

    private async Task AsTenant(Guid tenantId, Func<IFeatureChecker, Task> act)
    {
        using var tenant = services.AsTenant(tenantId);
        await services.InScopeAsync(sp => act(sp.GetRequiredService<IFeatureChecker>()));
    }

    private async Task<TResult> InScope<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await services.SeedAsync();
        using var admin = services.AsHostAdmin();
        return await services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));
    }
}
