using Commerce.Data;
using Commerce.MultiTenancy;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Features;

public sealed class EditionAppServiceTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncDisposable
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_edition_lists_every_feature_with_its_own_value_or_the_default()
    {
        var edition = await CreateAsync(NewName(), new() { [CommerceFeatures.Pos.Enabled] = "TRUE" });

        edition.FeatureValues[CommerceFeatures.Pos.Enabled].ShouldBe("true");
        edition.FeatureValues[CommerceFeatures.Catalog.MaxProductCount].ShouldBe("25");
        edition.FeatureValues.Count.ShouldBe(CommerceFeatureDefinitions.All.Count);
    }

    [Fact]
    public async Task A_taken_name_fails_with_DuplicateEditionName()
    {
        var name = NewName();
        await CreateAsync(name, []);

        var ex = await Should.ThrowAsync<BusinessException>(() => CreateAsync(name, []));

        ex.Code.ShouldBe(CommerceErrorCodes.Features.DuplicateEditionName);
    }

    [Fact]
    public async Task An_unknown_feature_or_a_bad_value_fails_and_creates_nothing()
    {
        var name = NewName();

        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(name, new() { ["Commerce.Nope"] = "1" })))
            .Code.ShouldBe(CommerceErrorCodes.Features.UnknownFeature);
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(name, new() { [CommerceFeatures.Pos.Enabled] = "maybe" })))
            .Code.ShouldBe(CommerceErrorCodes.Features.InvalidFeatureValue);
        (await InScope(s => s.GetListAsync(Ct))).ShouldNotContain(e => e.Name == name);
    }

    [Fact]
    public async Task An_edition_that_is_a_tenant_plan_cannot_be_deleted_and_an_unused_one_can()
    {
        var used = await CreateAsync(NewName(), []);
        var unused = await CreateAsync(NewName(), []);
        using var admin = services.AsHostAdmin();
        await services.InScopeAsync(sp => sp.GetRequiredService<ITenantAppService>().CreateAsync(TenantInput.Create(editionId: used.Id), Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() => services.InScopeAsync(sp => sp.GetRequiredService<IEditionAppService>().DeleteAsync(used.Id, Ct)));
        await services.InScopeAsync(sp => sp.GetRequiredService<IEditionAppService>().DeleteAsync(unused.Id, Ct));

        ex.Code.ShouldBe(CommerceErrorCodes.Features.EditionInUse);
        (await InScope(s => s.GetListAsync(Ct))).Select(e => e.Id).ShouldContain(used.Id);
        (await InScope(s => s.GetListAsync(Ct))).Select(e => e.Id).ShouldNotContain(unused.Id);
    }

    [Fact]
    public async Task The_seed_creates_Free_Standard_and_Pro_once_and_puts_the_demo_tenant_on_Pro()
    {
        for (var run = 0; run < 2; run++)
            await services.InScopeAsync(sp => sp.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(null, IncludeDemoData: true), Ct));

        var editions = await InScope(s => s.GetListAsync(Ct));
        var pro = editions.Single(e => e.Name == EditionDataSeedContributor.Pro);
        editions.Count(e => e.Name is EditionDataSeedContributor.Free or EditionDataSeedContributor.Standard).ShouldBe(2);
        pro.FeatureValues[CommerceFeatures.Stores.MultiStore].ShouldBe("true");
        var demo = await services.InScopeAsync(sp => sp.GetRequiredService<ITenantStore>().FindAsync(DemoTenantDataSeedContributor.DemoSlug, Ct));
        demo!.EditionId.ShouldBe(pro.Id);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static string NewName() => $"E-{Guid.NewGuid():N}"[..30];

    private Task<EditionDto> CreateAsync(string name, Dictionary<string, string?> values) =>
        InScope(s => s.CreateAsync(new CreateEditionDto { Name = name, DisplayName = name, FeatureValues = values }, Ct));

    private async Task<T> InScope<T>(Func<IEditionAppService, Task<T>> action)
    {
        await services.SeedAsync();
        using var admin = services.AsHostAdmin();
        return await services.InScopeAsync(sp => action(sp.GetRequiredService<IEditionAppService>()));
    }
}
