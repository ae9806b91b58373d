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
    /// <param name="connectionString">The application role's connection string.</param>
    /// <param name="invisibilityTimeout">
    /// How long a job a worker took may go without that worker's heartbeat before another worker takes it (a host
    /// that died mid-job): the heartbeat slides it while the job runs, so long jobs are never run twice.
    /// </param>
    public static JobStorage CreateStorage(string connectionString, TimeSpan? invisibilityTimeout = null)
    {
        var options = CreateStorageOptions();
        if (invisibilityTimeout is { } timeout)
            options.InvisibilityTimeout = timeout;
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

        // A worker's heartbeat keeps the job it runs hidden from other workers; a job whose host was killed is taken
        // again after the timeout (5 minutes), not after the 30 minutes a fixed timeout needs to let long jobs finish.
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = TimeSpan.FromMinutes(5),
    };
}
