using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.EntityFrameworkCore.Schema;

/// <summary>The database role the application connects as: it can log in, read and write rows, and nothing else.</summary>
internal static partial class ApplicationRole
{
    public static async Task ProvisionAsync(
        NpgsqlConnection ownerConnection, NpgsqlConnectionStringBuilder application, ILogger logger, CancellationToken ct)
    {
        var role = application.Username;
        if (string.IsNullOrEmpty(role) || role == ownerConnection.UserName)
        {
            LogRunsAsOwner(logger);
            return;
        }

        var name = Quote(role);
        var password = application.Password is { Length: > 0 } p ? $" PASSWORD '{p.Replace("'", "''", StringComparison.Ordinal)}'" : string.Empty;
        var database = Quote(ownerConnection.Database);
        var sql = $"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role.Replace("'", "''", StringComparison.Ordinal)}') THEN
                CREATE ROLE {name} LOGIN;
              END IF;
            END $$;
            ALTER ROLE {name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS{password};
            GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {name};
            DO $$ DECLARE s text; BEGIN
              FOR s IN SELECT nspname FROM pg_namespace
                       WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema' LOOP
                EXECUTE format('GRANT USAGE ON SCHEMA %I TO {name}', s);
                EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO {name}', s);
                EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO {name}', s);
              END LOOP;
            END $$;
            """;
        await using var command = new NpgsqlCommand(sql, ownerConnection);
        await command.ExecuteNonQueryAsync(ct);
        LogProvisioned(logger, role);
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [LoggerMessage(Level = LogLevel.Information, Message = "Application role {Role} can read and write rows, and nothing more")]
    private static partial void LogProvisioned(ILogger logger, string role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The application connects as the schema owner; give it a role of its own (ConnectionStrings:Default) so row-level security cannot be turned off")]
    private static partial void LogRunsAsOwner(ILogger logger);
}
