using Commerce.Data;
using Commerce.EntityFrameworkCore;
using Commerce.EntityFrameworkCore.Identity;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase.Database;
using Commerce.TestBase.Entities;
using Commerce.TestBase.Security;
using Commerce.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.TestBase;

/// <summary>
/// The application's services on a test class's database, with a fake clock. Tests act as a tenant or a user
/// through the same scopes production code uses.
/// </summary>
public sealed class CommerceTestServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public CommerceTestServices(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCommerceApplication();
        services.AddCommerceEntityFrameworkCore<TestCommerceDbContext>(database.ApplicationConnectionString);
        services.AddCommerceIdentityCore();
        configure?.Invoke(services);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => provider;

    public ICurrentTenant CurrentTenant => provider.GetRequiredService<ICurrentTenant>();

    public IDisposable AsTenant(Guid? tenantId) => CurrentTenant.Change(tenantId);

    public IDisposable AsUser(Guid userId, Guid? tenantId = null, params string[] roles) =>
        provider.GetRequiredService<ICurrentPrincipalAccessor>().Change(TestPrincipals.User(userId, tenantId, "tester", roles));

    /// <summary>A platform administrator; the class's database must be seeded (<see cref="SeedAsync"/>) for the role's grants.</summary>
    public IDisposable AsHostAdmin() => AsUser(Guid.CreateVersion7(), null, CommerceRoleNames.Admin);

    /// <summary>Runs every data seed contributor with the demo data, as the DbMigrator does; a second run changes nothing.</summary>
    public Task SeedAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(null, IncludeDemoData: true), default));

    /// <summary>Runs the action in a DI scope of its own, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) =>
        InScopeAsync(async sp =>
        {
            await action(sp);
            return true;
        });

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
