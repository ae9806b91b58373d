using Commerce.Data;
using Commerce.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore.Identity;

public static class CommerceIdentityServiceCollectionExtensions
{
    /// <summary>User and role management without sign-in (the DbMigrator, jobs, tests); the host adds sign-in on top.</summary>
    public static IServiceCollection AddCommerceIdentityCore(this IServiceCollection services)
    {
        services.AddIdentityCore<CommerceUser>(CommerceIdentityOptions.Configure)
            .AddRoles<CommerceRole>()
            .AddCommerceStores();
        return services.AddCommerceIdentityShared();
    }

    /// <summary>The stores, token providers and claims of Commerce's users, for either registration.</summary>
    public static IdentityBuilder AddCommerceStores(this IdentityBuilder identity) =>
        identity.AddEntityFrameworkStores<CommerceDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CommerceUserClaimsPrincipalFactory>();

    /// <summary>What both registrations share: the key ring, the hashing strength, OpenIddict's stores and the client seed.</summary>
    public static IServiceCollection AddCommerceIdentityShared(this IServiceCollection services)
    {
        // One key ring for every process: what the DbMigrator seals (payment secrets) the hosts must open, and keys
        // survive restarts and are shared by several hosts.
        services.AddDataProtection()
            .SetApplicationName(CommerceDataProtection.ApplicationName)
            .PersistKeysToDbContext<CommerceDbContext>();
        services.Configure<PasswordHasherOptions>(CommerceIdentityOptions.Configure);
        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<CommerceDbContext>());
        services.AddOptions<BackofficeClientOptions>().BindConfiguration(BackofficeClientOptions.SectionName);
        services.AddScoped<IDataSeedContributor, OpenIddictDataSeedContributor>();
        return services;
    }
}
