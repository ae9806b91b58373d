using System.Data.Common;
using System.Runtime.CompilerServices;
using Commerce.MultiTenancy;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.EntityFrameworkCore.MultiTenancy;

/// <summary>
/// Keeps the PostgreSQL session setting that the row-level security policies read equal to the current tenant:
/// set when a connection opens, and checked before every command, which re-sets it first when the tenant changed
/// while the connection was open or a rollback undid the last setting. A pooled connection is reset by Npgsql
/// when it returns to the pool, so one tenant's setting never reaches another's work.
/// </summary>
internal sealed class TenantSessionInterceptor(ICurrentTenant currentTenant)
    : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    public const string SettingName = "commerce.tenant_id";

    private static readonly ConditionalWeakTable<DbConnection, string> Applied = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Ensure(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Ensure(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Ensure(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(command, cancellationToken);
        return result;
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        Applied.Remove(connection);
        using var command = CreateSetCommand(connection, null, out var value);
        command.ExecuteNonQuery();
        Applied.AddOrUpdate(connection, value);
    }

    public async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Applied.Remove(connection);
        await using var command = CreateSetCommand(connection, null, out var value);
        await command.ExecuteNonQueryAsync(cancellationToken);
        Applied.AddOrUpdate(connection, value);
    }

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Applied.Remove(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Applied.Remove(connection);
        return Task.CompletedTask;
    }

    // A rollback also rolls back a SET made inside the transaction.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(transaction);
        return Task.CompletedTask;
    }

    private static void Forget(DbTransaction transaction)
    {
        if (transaction.Connection is { } connection)
            Applied.Remove(connection);
    }

    private void Ensure(DbCommand command)
    {
        if (IsCurrent(command.Connection!))
            return;
        using var set = CreateSetCommand(command.Connection!, command.Transaction, out var value);
        set.ExecuteNonQuery();
        Applied.AddOrUpdate(command.Connection!, value);
    }

    private async ValueTask EnsureAsync(DbCommand command, CancellationToken ct)
    {
        if (IsCurrent(command.Connection!))
            return;
        await using var set = CreateSetCommand(command.Connection!, command.Transaction, out var value);
        await set.ExecuteNonQueryAsync(ct);
        Applied.AddOrUpdate(command.Connection!, value);
    }

    private bool IsCurrent(DbConnection connection) =>
        Applied.TryGetValue(connection, out var value) && value == Value();

    private DbCommand CreateSetCommand(DbConnection connection, DbTransaction? transaction, out string value)
    {
        value = Value();
        var command = connection.CreateCommand();
        command.Transaction = transaction;

        // A Guid's "D" form is hex digits and hyphens only, so it is safe to inline; SET takes no parameters.
        command.CommandText = $"SET {SettingName} = '{value}'";
        return command;
    }

    private string Value() => currentTenant.Id?.ToString("D") ?? string.Empty;
}
