using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations;

namespace Commerce.EntityFrameworkCore.Schema;

/// <summary>
/// Adds row-level security to every table created with a tenant_id column, so no migration can forget it: the
/// policy comes from <see cref="RowLevelSecurity"/>, never from SQL written in a migration.
/// </summary>
#pragma warning disable EF1001 // The Npgsql generator's constructor takes its internal options; this is its documented extension point.
internal sealed class CommerceMigrationsSqlGenerator(
    MigrationsSqlGeneratorDependencies dependencies, INpgsqlSingletonOptions npgsqlOptions)
    : NpgsqlMigrationsSqlGenerator(dependencies, npgsqlOptions)
#pragma warning restore EF1001
{
    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        base.Generate(operation, model, builder, terminate);
        var tenantColumn = operation.Columns.FirstOrDefault(c => c.Name == "tenant_id");
        if (tenantColumn is null || (operation.Schema is not null && RowLevelSecurity.InfrastructureSchemas.Contains(operation.Schema)))
            return;
        foreach (var statement in RowLevelSecurity.EnableFor(operation.Schema, operation.Name, tenantColumn.IsNullable))
        {
            builder.Append(statement).AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
            builder.EndCommand();
        }
    }
}
