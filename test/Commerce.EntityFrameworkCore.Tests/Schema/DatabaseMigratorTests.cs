using Commerce.Data;
using Commerce.MultiTenancy;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Commerce.EntityFrameworkCore.Schema;

public sealed class DatabaseMigratorTests(TestDatabase database) : KernelTestBase(database)
{
    [Fact]
    public async Task Migrating_and_seeding_a_second_time_changes_nothing()
    {
        await MigrateAndSeedAsync();
        var first = await SnapshotAsync();

        await MigrateAndSeedAsync();

        (await SnapshotAsync()).ShouldBe(first);
        first.ShouldContain(line => line.StartsWith($"tenant:{DemoTenantDataSeedContributor.DemoSlug}:", StringComparison.Ordinal));
    }

    private async Task MigrateAndSeedAsync()
    {
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(Database.OwnerConnectionString, Database.ApplicationConnectionString, Ct);
        await Services.InScopeAsync(sp => sp.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(null, IncludeDemoData: true), Ct));
    }

    /// <summary>The migrations applied, every table with its row count, and the tenants by slug and version.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(Database.OwnerConnectionString);
        await connection.OpenAsync(Ct);
        var snapshot = new List<string>();
        await ReadAsync(connection, "SELECT 'migration:' || migration_id FROM kernel.__ef_migrations_history ORDER BY 1", snapshot);
        await ReadAsync(connection, "SELECT 'tenant:' || slug || ':' || xmin::text FROM multi_tenancy.tenants ORDER BY 1", snapshot);
        await ReadAsync(connection, """
            SELECT 'table:' || table_schema || '.' || table_name || ':' || (xpath('/row/c/text()',
                   query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text
            FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            ORDER BY 1
            """, snapshot);
        return snapshot;
    }

    private static async Task ReadAsync(NpgsqlConnection connection, string sql, List<string> into)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
            into.Add(reader.GetString(0));
    }
}
