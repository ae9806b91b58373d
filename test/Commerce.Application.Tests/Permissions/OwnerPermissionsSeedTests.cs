using Commerce.Domain.Repositories;
using Commerce.Identity;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Permissions;

public sealed class OwnerPermissionsSeedTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_migration_run_grants_permissions_new_since_a_tenant_was_made_to_its_owners()
    {
        var (tenant, _) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        using (services.AsTenant(tenant.Id))
            await services.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<PermissionGrantManager>().SetAsync(
                    PermissionGrantConsts.RoleProvider, CommerceRoleNames.Owner, [CommercePermissions.Identity.Users.Default], Ct);
                await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct);
            });

        await services.SeedAsync();

        using var scope = services.AsTenant(tenant.Id);
        var granted = await services.InScopeAsync(sp => sp.GetRequiredService<IPermissionGrantRepository>()
            .GetListAsync(PermissionGrantConsts.RoleProvider, CommerceRoleNames.Owner, Ct));
        granted.Select(g => g.Name).ShouldBe(CommercePermissionDefinitions.ForSide(PermissionSide.Tenant).Select(p => p.Name), ignoreOrder: true);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
