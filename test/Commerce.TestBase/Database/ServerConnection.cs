using Npgsql;

namespace Commerce.TestBase.Database;

/// <summary>A connection to the server's maintenance database, where databases are created and dropped.</summary>
internal sealed class ServerConnection : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;

    private ServerConnection(NpgsqlConnection connection) => this.connection = connection;

    public static async Task<ServerConnection> OpenAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestDatabaseSettings.OwnerConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return new ServerConnection(connection);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async Task<List<string>> ListAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(reader.GetString(0));
        return values;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
