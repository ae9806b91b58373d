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
    /// <param name="timeouts">How soon a dead host's jobs and locks are taken over; null keeps the defaults.</param>
    public static JobStorage CreateStorage(string connectionString, BackgroundJobTimeouts? timeouts = null)
    {
        var options = CreateStorageOptions(timeouts);
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    public static IGlobalConfiguration UseCommerceSettings(this IGlobalConfiguration configuration, ICurrentTenant currentTenant) =>
        configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilter(new TenantJobFilter(currentTenant));

    public static PostgreSqlStorageOptions CreateStorageOptions(BackgroundJobTimeouts? timeouts = null)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,

            // The application's role owns nothing: the DbMigrator installs and upgrades the schema.
            PrepareSchemaIfNecessary = false,

            // A worker's heartbeat keeps the job it runs hidden from other workers, so a job whose host was killed is
            // taken again after the invisibility timeout, not after the 30 minutes a fixed timeout needs to let long
            // jobs finish.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = BackgroundJobTimeouts.DefaultInvisibility,

            // Hangfire's locks are rows here, not sessions: a host killed while it held one (a job's state change, the
            // scheduler's poll) leaves the row until this timeout, and meanwhile that job stays Processing and the
            // scheduler waits. The locks are held for milliseconds; the library's 10 minutes is far more than needed.
            DistributedLockTimeout = BackgroundJobTimeouts.DefaultLock,
        };
        if (timeouts?.Invisibility is { } invisibility)
            options.InvisibilityTimeout = invisibility;
        if (timeouts?.Lock is { } lockTimeout)
            options.DistributedLockTimeout = lockTimeout;
        return options;
    }
}

/// <summary>
/// The <c>BackgroundJobs</c> settings that decide how soon another host takes over after one died: a job it was
/// running (<see cref="Invisibility"/>) and a Hangfire lock it held (<see cref="Lock"/>). Null keeps the default.
/// </summary>
public sealed record BackgroundJobTimeouts(TimeSpan? Invisibility, TimeSpan? Lock)
{
    public static readonly TimeSpan DefaultInvisibility = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan DefaultLock = TimeSpan.FromMinutes(1);
}
