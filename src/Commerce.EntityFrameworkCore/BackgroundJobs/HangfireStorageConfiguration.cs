using Commerce.MultiTenancy;
using Hangfire;
using Hangfire.PostgreSql;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

/// <summary>Hangfire on the application's PostgreSQL database, in the hangfire schema the DbMigrator installs.</summary>
public static class HangfireStorageConfiguration
{
    public const string Schema = "hangfire";

    public static IGlobalConfiguration UseCommerceStorage(
        this IGlobalConfiguration configuration, string connectionString, ICurrentTenant currentTenant)
    {
        return configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), CreateStorageOptions())
            .UseFilter(new TenantJobFilter(currentTenant));
    }

    public static PostgreSqlStorageOptions CreateStorageOptions() => new()
    {
        SchemaName = Schema,

        // The application's role owns nothing: the DbMigrator installs and upgrades the schema.
        PrepareSchemaIfNecessary = false,
    };
}
