using Xunit;
using System.Net.Http.Headers;
using Commerce.Data;
using Commerce.Guids;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.TestBase.Http;

/// <summary>
/// A test class's host: its own database, seeded with the demo data (the platform administrator, the demo tenant
/// and its owner), and the administrator signed in through the real authorization server.
/// </summary>
public sealed class TestHost : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public CommerceWebApplicationFactory Factory { get; private set; } = null!;

    public string AdminToken { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        Factory = new CommerceWebApplicationFactory(Database);
        await using (var scope = Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(null, IncludeDemoData: true), default);
        AdminToken = await SignInAsync(null, new IdentitySeedOptions().AdminEmail, IdentitySeedOptions.DemoAdminPassword);
    }

    public Task<string> SignInAsync(string? tenant, string email, string password) =>
        CodeFlowSignIn.GetAccessTokenAsync(Factory, tenant, email, password, default);

    /// <summary>A user of the tenant (by slug; null for the host) with a password and one role, ready to sign in.</summary>
    public async Task<Guid> CreateUserAsync(string? tenantSlug, string email, string password, string role)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var tenantId = tenantSlug is null ? null : (await sp.GetRequiredService<ITenantStore>().FindAsync(tenantSlug, default))?.Id;
        using (sp.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await IdentityDataSeedContributor.EnsureRoleAsync(sp.GetRequiredService<RoleManager<CommerceRole>>(), sp.GetRequiredService<IGuidGenerator>(), role);
            var user = new CommerceUser(Guid.CreateVersion7(), email, email);
            await IdentityDataSeedContributor.CreateUserAsync(sp.GetRequiredService<UserManager<CommerceUser>>(), user, password, role);
            return user.Id;
        }
    }

    /// <summary>A client that sends the given access token; none for an anonymous caller.</summary>
    public HttpClient CreateClient(string? accessToken)
    {
        var client = Factory.CreateClient();
        if (accessToken is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
