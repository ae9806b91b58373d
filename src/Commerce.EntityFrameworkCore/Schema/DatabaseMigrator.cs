using Commerce.EntityFrameworkCore.BackgroundJobs;
using Commerce.MultiTenancy;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.EntityFrameworkCore.Schema;

/// <summary>
/// Brings a database to the current schema as its owner: creates the database when missing, applies the
/// committed migrations, installs the Hangfire schema, and gives the application's role (which owns nothing and
/// cannot bypass row-level security) exactly the rights it needs. Every step is idempotent.
/// </summary>
public sealed partial class DatabaseMigrator(ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(string ownerConnectionString, string applicationConnectionString, CancellationToken ct)
    {
        await CreateDatabaseIfMissingAsync(ownerConnectionString, ct);

        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        CommerceDbContextOptions.Configure(options, ownerConnectionString);
        await using (var db = new CommerceDbContext(options.Options, new CurrentTenant()))
            await db.Database.MigrateAsync(ct);
        LogMigrated(logger);

        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(ct);
        PostgreSqlObjectsInstaller.Install(connection, HangfireStorageConfiguration.Schema);
        await ApplicationRole.ProvisionAsync(connection, new NpgsqlConnectionStringBuilder(applicationConnectionString), logger, ct);
    }

    private static async Task CreateDatabaseIfMissingAsync(string ownerConnectionString, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(ownerConnectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(ownerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(target.Database!);
        if (await exists.ExecuteScalarAsync(ct) is not null)
            return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE {ApplicationRole.Quote(target.Database!)}", connection);
        await create.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrations applied")]
    private static partial void LogMigrated(ILogger logger);
}
