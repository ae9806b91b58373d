using System.Security.Cryptography;
using System.Text;
using Commerce.EntityFrameworkCore.Schema;
using Commerce.MultiTenancy;
using Commerce.TestBase.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Commerce.TestBase.Database;

/// <summary>
/// A database migrated once for this build of the code (and the test-only tables), from which every test class
/// clones its own. Test processes running in parallel take an advisory lock, so one builds it and the others reuse it.
/// </summary>
public static class TemplateDatabase
{
    private const string Prefix = "commerce_tpl_";
    private static readonly Lazy<Task<string>> Name = new(BuildAsync);

    public static Task<string> EnsureAsync() => Name.Value;

    private static async Task<string> BuildAsync()
    {
        var name = Prefix + BuildHash();
        await using var server = await ServerConnection.OpenAsync();
        await server.ExecuteAsync("SELECT pg_advisory_lock(7071)");
        try
        {
            if (await server.ScalarAsync($"SELECT 1 FROM pg_database WHERE datname = '{name}'") is not null)
                return name;
            await DropOldTemplatesAsync(server);

            var building = name + "_building";
            await server.ExecuteAsync($"DROP DATABASE IF EXISTS {building} WITH (FORCE)");
            var owner = new NpgsqlConnectionStringBuilder(TestDatabaseSettings.OwnerConnectionString) { Database = building, Pooling = false };
            var application = new NpgsqlConnectionStringBuilder(TestDatabaseSettings.ApplicationConnectionString) { Database = building };
            var migrator = new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance);
            await migrator.MigrateAsync(owner.ConnectionString, application.ConnectionString, default);
            await CreateTestTablesAsync(owner.ConnectionString);
            await migrator.MigrateAsync(owner.ConnectionString, application.ConnectionString, default);

            NpgsqlConnection.ClearAllPools();
            await server.ExecuteAsync($"ALTER DATABASE {building} RENAME TO {name}");
            return name;
        }
        finally
        {
            await server.ExecuteAsync("SELECT pg_advisory_unlock(7071)");
        }
    }

    /// <summary>The test-only tables, created by the application's migrations SQL generator (so they get its RLS).</summary>
    private static async Task CreateTestTablesAsync(string ownerConnectionString)
    {
        await using var db = TestCommerceDbContext.Create(ownerConnectionString, new CurrentTenant());
        var model = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>()
            .GetDifferences(null, model.GetRelationalModel())
            .Where(op => op switch
            {
                EnsureSchemaOperation s => s.Name == TestCommerceDbContext.Schema,
                CreateTableOperation t => t.Schema == TestCommerceDbContext.Schema,
                CreateIndexOperation i => i.Schema == TestCommerceDbContext.Schema,
                _ => false,
            })
            .ToList();
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
        await db.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>());
    }

    private static async Task DropOldTemplatesAsync(ServerConnection server)
    {
        foreach (var old in await server.ListAsync($"SELECT datname FROM pg_database WHERE datname LIKE '{Prefix}%'"))
        {
            try
            {
                await server.ExecuteAsync($"DROP DATABASE IF EXISTS {old}");
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse)
            {
                // Another test run still clones from it; the next template build removes it.
            }
        }
    }

    /// <summary>The code's build identity: a new build (a new migration, a new test table) gets a new template.</summary>
    private static string BuildHash()
    {
        var ids = string.Join('|', typeof(DatabaseMigrator).Assembly.ManifestModule.ModuleVersionId, typeof(TemplateDatabase).Assembly.ManifestModule.ModuleVersionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..16];
    }
}
