using Commerce.TestBase.Database;
using Commerce.TestBase.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.EntityFrameworkCore.MultiTenancy;

public sealed class RowLevelSecurityTests(TestDatabase database) : KernelTestBase(database)
{
    [Fact]
    public async Task Rows_written_as_tenant_A_are_invisible_to_tenant_B_through_EF_queries()
    {
        await AddNoteAsync(TenantA, "A's note");
        await AddNoteAsync(TenantB, "B's note");

        var titles = await ReadAsync(TenantB, db => db.Notes.Select(n => n.Title).ToListAsync(Ct));

        titles.ShouldBe(["B's note"]);
    }

    [Fact]
    public async Task Raw_sql_that_forgets_the_tenant_still_sees_only_the_current_tenant()
    {
        await AddNoteAsync(TenantA, "A's note");
        await AddNoteAsync(TenantB, "B's note");

        var titles = await ReadAsync(TenantB, db => db.Notes.FromSql($"SELECT * FROM tests.notes").IgnoreQueryFilters([Schema.QueryFilters.Tenant]).Select(n => n.Title).ToListAsync(Ct));

        titles.ShouldBe(["B's note"]);
    }

    [Fact]
    public async Task A_plain_Npgsql_command_on_the_application_connection_sees_only_the_current_tenant()
    {
        await AddNoteAsync(TenantA, "A's note");
        await AddNoteAsync(TenantB, "B's note");

        var count = await ReadAsync(TenantB, async db =>
        {
            await db.Database.OpenConnectionAsync(Ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT count(*) FROM tests.notes";
            return (long)(await command.ExecuteScalarAsync(Ct))!;
        });

        count.ShouldBe(1);
    }

    [Fact]
    public async Task The_host_sees_no_tenant_rows()
    {
        await AddNoteAsync(TenantA, "A's note");

        var count = await ReadAsync(null, db => db.Notes.FromSql($"SELECT * FROM tests.notes").IgnoreQueryFilters([Schema.QueryFilters.Tenant]).CountAsync(Ct));

        count.ShouldBe(0);
    }

    [Fact]
    public async Task Inserting_a_row_for_another_tenant_is_refused_by_the_database()
    {
        var ex = await Should.ThrowAsync<PostgresException>(() => ReadAsync(TenantB, db =>
            db.Database.ExecuteSqlAsync($"INSERT INTO tests.notes (tenant_id, id, title, creation_time, is_deleted) VALUES ({TenantA}, {Guid.CreateVersion7()}, 'forged', now(), false)", Ct)));

        ex.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await ReadAsync(TenantA, db => db.Notes.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Moving_a_row_to_another_tenant_is_refused_by_the_database()
    {
        var note = await AddNoteAsync(TenantA, "A's note");

        var ex = await Should.ThrowAsync<PostgresException>(() => ReadAsync(TenantA, db =>
            db.Database.ExecuteSqlAsync($"UPDATE tests.notes SET tenant_id = {TenantB} WHERE id = {note.Id}", Ct)));

        ex.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Moving_a_row_to_another_tenant_through_EF_is_refused_because_the_tenant_is_part_of_the_key()
    {
        var note = await AddNoteAsync(TenantA, "A's note");

        await Should.ThrowAsync<InvalidOperationException>(() => ReadAsync(TenantA, async db =>
        {
            var tracked = await db.Notes.SingleAsync(n => n.Id == note.Id, Ct);
            db.Entry(tracked).Property(nameof(TestNote.TenantId)).CurrentValue = TenantB;
            return await db.SaveChangesAsync(Ct);
        }));

        (await ReadAsync(TenantA, db => db.Notes.CountAsync(Ct))).ShouldBe(1);
    }

    [Theory]
    [InlineData("ALTER TABLE tests.notes DISABLE ROW LEVEL SECURITY")]
    [InlineData("ALTER TABLE tests.notes NO FORCE ROW LEVEL SECURITY")]
    [InlineData("DROP POLICY tenant_isolation ON tests.notes")]
    [InlineData("ALTER ROLE CURRENT_USER BYPASSRLS")]
    public async Task The_application_role_cannot_turn_row_level_security_off(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ApplicationConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);

        var ex = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync(Ct));

        ex.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Switching_row_security_off_makes_a_query_fail_instead_of_showing_every_tenant()
    {
        await AddNoteAsync(TenantA, "A's note");
        await using var connection = new NpgsqlConnection(Database.ApplicationConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SET row_security = off; SELECT count(*) FROM tests.notes", connection);

        var ex = await Should.ThrowAsync<PostgresException>(() => command.ExecuteScalarAsync(Ct));

        ex.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_tenant_filter_reads_the_tenant_when_the_query_runs_not_when_the_model_was_built()
    {
        await AddNoteAsync(TenantA, "A's note");
        await AddNoteAsync(TenantB, "B's note");

        var titles = await Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TestCommerceDbContext>();
            var seen = new List<string>();
            foreach (var tenant in new[] { TenantA, TenantB })
            {
                using var scope = Services.AsTenant(tenant);
                seen.AddRange(await db.Notes.AsNoTracking().Select(n => n.Title).ToListAsync(Ct));
            }

            return seen;
        });

        titles.ShouldBe(["A's note", "B's note"]);
    }

    private Task<T> ReadAsync<T>(Guid? tenantId, Func<TestCommerceDbContext, Task<T>> read)
    {
        using var tenant = Services.AsTenant(tenantId);
        return Services.InScopeAsync(sp => read(sp.GetRequiredService<TestCommerceDbContext>()));
    }
}
