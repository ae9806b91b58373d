using Xunit;
using Npgsql;

namespace Commerce.TestBase.Database;

/// <summary>
/// A test class's own database, cloned from the migrated template: classes run in parallel and never see each
/// other's rows. Use it as a class fixture; it is dropped when the class is done.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public string Name { get; } = "commerce_t_" + Guid.NewGuid().ToString("N");

    /// <summary>The role the application connects as: owns nothing, cannot bypass row-level security.</summary>
    public string ApplicationConnectionString => new NpgsqlConnectionStringBuilder(TestDatabaseSettings.ApplicationConnectionString) { Database = Name }.ConnectionString;

    /// <summary>The schema owner, for arranging what the application role may not do.</summary>
    public string OwnerConnectionString => new NpgsqlConnectionStringBuilder(TestDatabaseSettings.OwnerConnectionString) { Database = Name, Pooling = false }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        var template = await TemplateDatabase.EnsureAsync();
        await using var server = await ServerConnection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await server.ExecuteAsync($"CREATE DATABASE {Name} TEMPLATE {template}");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                // Another process is cloning the same template this instant.
                await Task.Delay(100 * attempt);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ApplicationConnectionString));
        await using var server = await ServerConnection.OpenAsync();
        await server.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
