using Commerce.MultiTenancy;
using Commerce.TestBase.Database;
using Commerce.TestBase.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.EntityFrameworkCore.Schema;

public sealed class SchemaRulesTests(TestDatabase database) : KernelTestBase(database)
{
    [Fact]
    public async Task Every_table_with_a_tenant_id_has_row_level_security_forced_with_the_isolation_policy()
    {
        await using var connection = new NpgsqlConnection(Database.OwnerConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""
            SELECT n.nspname || '.' || c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation')
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            WHERE c.relkind = 'r' AND n.nspname NOT IN ('kernel', 'hangfire')
            """, connection);
        var tables = new List<(string Name, bool Enabled, bool Forced, bool Policy)>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
                tables.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3)));
        }

        tables.ShouldContain(t => t.Name == "tests.notes");
        tables.ShouldAllBe(t => t.Enabled && t.Forced && t.Policy);
    }

    [Fact]
    public void Every_key_and_index_of_a_tenant_owned_table_starts_with_tenant_id()
    {
        var model = Services.Services.CreateScope().ServiceProvider.GetRequiredService<TestCommerceDbContext>().Model;

        var owned = model.GetEntityTypes().Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType)).ToList();

        owned.ShouldNotBeEmpty();
        foreach (var entity in owned)
        {
            entity.FindPrimaryKey()!.Properties[0].Name.ShouldBe(nameof(IMultiTenant.TenantId), entity.Name);
            foreach (var index in entity.GetIndexes())
                index.Properties[0].Name.ShouldBe(nameof(IMultiTenant.TenantId), $"{entity.Name}: {index.GetDatabaseName()}");
        }
    }

    [Fact]
    public async Task The_application_role_owns_nothing()
    {
        await using var connection = new NpgsqlConnection(Database.ApplicationConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user
            """, connection);

        ((long)(await command.ExecuteScalarAsync(Ct))!).ShouldBe(0);
    }
}
