using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.MultiTenancy;

public sealed class TenantDeletionTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_deleted_tenant_is_gone_at_once_and_its_slug_is_free_again()
    {
        var (tenant, _) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);

        await DeleteAsync(tenant.Id);

        (await services.InScopeAsync(sp => sp.GetRequiredService<ITenantStore>().FindAsync(tenant.Slug, Ct))).ShouldBeNull();
        using var admin = services.AsHostAdmin();
        var again = await services.InScopeAsync(sp => sp.GetRequiredService<ITenantAppService>().CreateAsync(TenantInput.Create(slug: tenant.Slug), Ct));
        again.Id.ShouldNotBe(tenant.Id);
    }

    [Fact]
    public async Task The_purge_removes_a_deleted_tenant_s_data_only_after_the_retention_days()
    {
        var (tenant, _) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        await DeleteAsync(tenant.Id);
        (await RowsOfAsync(tenant.Id)).ShouldBeGreaterThan(0);

        services.Clock.Advance(TimeSpan.FromDays(29));
        await PurgeAsync();
        (await RowsOfAsync(tenant.Id)).ShouldBeGreaterThan(0);

        services.Clock.Advance(TimeSpan.FromDays(2));
        await PurgeAsync();
        (await RowsOfAsync(tenant.Id)).ShouldBe(0);
        (await CountAsync($"SELECT count(*) FROM multi_tenancy.tenants WHERE id = '{tenant.Id}'")).ShouldBe(0);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private async Task DeleteAsync(Guid tenantId)
    {
        using var admin = services.AsHostAdmin();
        await services.InScopeAsync(sp => sp.GetRequiredService<ITenantAppService>().DeleteAsync(tenantId, Ct));
    }

    private Task PurgeAsync() =>
        services.InScopeAsync(sp => sp.GetRequiredService<PurgeDeletedTenantsJob>().ExecuteAsync(new PurgeDeletedTenantsArgs(), Ct));

    /// <summary>The tenant's rows in the tenant-owned tables, counted as the owner, past row-level security.</summary>
    private async Task<long> RowsOfAsync(Guid tenantId) =>
        await CountAsync($"SELECT count(*) FROM identity.users WHERE tenant_id = '{tenantId}'")
        + await CountAsync($"SELECT count(*) FROM identity.roles WHERE tenant_id = '{tenantId}'")
        + await CountAsync($"SELECT count(*) FROM identity.permission_grants WHERE tenant_id = '{tenantId}'");

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
