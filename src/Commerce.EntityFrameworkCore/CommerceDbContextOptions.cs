using Commerce.EntityFrameworkCore.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.EntityFrameworkCore;

/// <summary>The provider settings shared by the application, the DbMigrator and the design-time tools.</summary>
public static class CommerceDbContextOptions
{
    public const string MigrationsHistorySchema = "kernel";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                // Plain dictionaries and lists map to jsonb columns (payment settings, attribute values).
                .ConfigureDataSource(dataSource => dataSource.EnableDynamicJson())
                .MigrationsAssembly(typeof(CommerceDbContext).Assembly.GetName().Name)
                .MigrationsHistoryTable("__ef_migrations_history", MigrationsHistorySchema))
            .UseSnakeCaseNamingConvention()
            .ReplaceService<IMigrationsSqlGenerator, CommerceMigrationsSqlGenerator>();
}
