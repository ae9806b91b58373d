using Commerce.MultiTenancy;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

/// <summary>Hangfire on the application's PostgreSQL database, in the hangfire schema the DbMigrator installs.</summary>
public static class HangfireStorageConfiguration
{
    public const string Schema = "hangfire";

    /// <summary>
    /// The storage, to register as the host's JobStorage service: the client, the server and the dashboard take it
    /// from there rather than from Hangfire's process-wide default, so each host (and each test host) has its own.
    /// </summary>
    public static JobStorage CreateStorage(string connectionString)
    {
        var options = CreateStorageOptions();
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    public static IGlobalConfiguration UseCommerceSettings(this IGlobalConfiguration configuration, ICurrentTenant currentTenant) =>
        configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilter(new TenantJobFilter(currentTenant));

    public static PostgreSqlStorageOptions CreateStorageOptions() => new()
    {
        SchemaName = Schema,

        // The application's role owns nothing: the DbMigrator installs and upgrades the schema.
        PrepareSchemaIfNecessary = false,
    };
}
