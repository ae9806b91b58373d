using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.Stores;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog;

/// <summary>A class's seeded database, tenants made as Center Control makes them, and calls as their owners or staff.</summary>
public abstract class CatalogTestBase(TestDatabase database, Action<IServiceCollection>? configure = null) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    protected CommerceTestServices Services { get; } = new(database, configure);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await Services.SeedAsync();

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Services.DisposeAsync();
    }

    /// <summary>A new tenant whose plan allows the given number of products.</summary>
    protected async Task<CatalogTenant> CreateTenantAsync(int maxProducts = 100)
    {
        var (tenant, owner) = await Services.CreateTenantAsync(
            new Dictionary<string, string?> { [CommerceFeatures.Catalog.MaxProductCount] = maxProducts.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Ct);
        return new CatalogTenant(tenant, owner);
    }

    /// <summary>A store of the tenant, for products to be published to and priced in.</summary>
    protected Task<Guid> CreateStoreAsync(CatalogTenant tenant) =>
        AsOwner<IStoreAppService, Guid>(tenant, async s => (await s.CreateAsync(StoreInput.Create(), Ct)).Id);

    protected Task<T> AsOwner<TService, T>(CatalogTenant tenant, Func<TService, Task<T>> action)
        where TService : notnull => Services.AsMemberAsync(tenant.Tenant, tenant.Owner.Id, [CommerceRoleNames.Owner], action);

    protected Task AsOwner<TService>(CatalogTenant tenant, Func<TService, Task> action)
        where TService : notnull => AsOwner(tenant, async (TService s) =>
        {
            await action(s);
            return true;
        });

    /// <summary>A member holding only the staff role, which comes with no catalog permission.</summary>
    protected Task<T> AsStaff<TService, T>(CatalogTenant tenant, Func<TService, Task<T>> action)
        where TService : notnull => Services.AsMemberAsync(tenant.Tenant, Guid.CreateVersion7(), [CommerceRoleNames.Staff], action);

    protected sealed record CatalogTenant(TenantDto Tenant, CommerceUser Owner);
}
