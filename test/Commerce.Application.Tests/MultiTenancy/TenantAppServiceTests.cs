using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.MultiTenancy;

public sealed class TenantAppServiceTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncDisposable
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Tests of the class share one database, so every slug is unique to its test.
    private static string NewSlug(string stem) => $"{stem}-{Guid.NewGuid():N}"[..30];

    [Fact]
    public async Task Creating_a_tenant_stores_it_active_with_its_slug_in_lower_case()
    {
        var slug = NewSlug("acme");

        var created = await CreateAsync("Acme Outdoor", slug.ToUpperInvariant());

        created.Slug.ShouldBe(slug);
        created.Status.ShouldBe(TenantStatus.Active);
        (await InScope(s => s.GetAsync(created.Id, Ct))).Name.ShouldBe("Acme Outdoor");
    }

    [Fact]
    public async Task Creating_a_tenant_with_a_taken_slug_fails_with_DuplicateTenantSlug()
    {
        var slug = NewSlug("taken");
        await CreateAsync("First", slug);

        var ex = await Should.ThrowAsync<BusinessException>(() => CreateAsync("Second", slug));

        ex.Code.ShouldBe(CommerceErrorCodes.MultiTenancy.DuplicateTenantSlug);
    }

    [Fact]
    public async Task Two_tenants_saved_at_once_with_one_slug_leave_one_and_the_other_fails_with_DuplicateTenantSlug()
    {
        var slug = NewSlug("race");
        var first = services.Services.CreateAsyncScope();
        var second = services.Services.CreateAsyncScope();
        await using (first)
        await using (second)
        {
            // Both pass the friendly check before either saves: the unique index decides.
            var a = await CreateWithoutSaveAsync(first.ServiceProvider, slug);
            var b = await CreateWithoutSaveAsync(second.ServiceProvider, slug);
            await first.ServiceProvider.GetRequiredService<Domain.Repositories.IUnitOfWork>().SaveChangesAsync(Ct);

            var ex = await Should.ThrowAsync<BusinessException>(() =>
                second.ServiceProvider.GetRequiredService<Domain.Repositories.IUnitOfWork>().SaveChangesAsync(Ct));

            ex.Code.ShouldBe(CommerceErrorCodes.MultiTenancy.DuplicateTenantSlug);
            a.Id.ShouldNotBe(b.Id);
        }
    }

    [Fact]
    public async Task An_invalid_slug_fails_with_InvalidTenantSlug()
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => CreateAsync("Bad", "-not-a-label-"));

        ex.Code.ShouldBe(CommerceErrorCodes.MultiTenancy.InvalidTenantSlug);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
    }

    [Fact]
    public async Task Updating_from_a_stale_version_fails_with_StaleVersion_and_changes_nothing()
    {
        var created = await CreateAsync("Acme", NewSlug("stale"));
        var first = await UpdateAsync(created, "Acme One");

        var ex = await Should.ThrowAsync<BusinessException>(() => UpdateAsync(created, "Acme Two"));

        ex.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
        (await InScope(s => s.GetAsync(created.Id, Ct))).Name.ShouldBe(first.Name);
    }

    [Fact]
    public async Task A_changed_slug_resolves_at_once_and_the_old_slug_no_longer_does()
    {
        var created = await CreateAsync("Acme", NewSlug("old"));
        await services.InScopeAsync(sp => sp.GetRequiredService<ITenantStore>().FindAsync(created.Slug, Ct));
        var newSlug = NewSlug("new");

        await InScope(s => s.UpdateAsync(created.Id, new UpdateTenantDto { Name = "Acme", Slug = newSlug, Version = created.Version }, Ct));


        var store = (Func<string, Task<TenantInfo?>>)(slug => services.InScopeAsync(sp => sp.GetRequiredService<ITenantStore>().FindAsync(slug, Ct)));
        (await store(created.Slug)).ShouldBeNull();
        (await store(newSlug))!.Id.ShouldBe(created.Id);
    }

    [Fact]
    public async Task The_list_filters_by_text_and_pages_in_name_order()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        foreach (var name in new[] { "Cedar", "Alder", "Birch" })
            await CreateAsync($"{name} {marker}", NewSlug(name.ToLowerInvariant()));

        var page = await InScope(s => s.GetListAsync(new GetTenantListInput { Filter = marker.ToUpperInvariant(), MaxResultCount = 2 }, Ct));

        page.TotalCount.ShouldBe(3);
        page.Items.Select(t => t.Name).ShouldBe([$"Alder {marker}", $"Birch {marker}"]);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private Task<TenantDto> CreateAsync(string name, string slug) =>
        InScope(s => s.CreateAsync(TenantInput.Create(name, slug: slug), Ct));

    private Task<TenantDto> UpdateAsync(TenantDto tenant, string name) =>
        InScope(s => s.UpdateAsync(tenant.Id, new UpdateTenantDto { Name = name, Slug = tenant.Slug, Version = tenant.Version }, Ct));

    private static async Task<Tenant> CreateWithoutSaveAsync(IServiceProvider sp, string slug)
    {
        var tenant = await sp.GetRequiredService<TenantManager>().CreateAsync("Racer", slug, null, Ct);
        await sp.GetRequiredService<ITenantRepository>().AddAsync(tenant, Ct);
        return tenant;
    }

    private async Task<T> InScope<T>(Func<ITenantAppService, Task<T>> action)
    {
        await services.SeedAsync();
        using var admin = services.AsHostAdmin();
        return await services.InScopeAsync(sp => action(sp.GetRequiredService<ITenantAppService>()));
    }
}
