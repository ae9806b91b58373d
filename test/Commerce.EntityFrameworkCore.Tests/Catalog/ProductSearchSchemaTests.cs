using Commerce.TestBase.Database;
using Npgsql;

namespace Commerce.EntityFrameworkCore.Catalog;

public sealed class ProductSearchSchemaTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_search_operators_are_leakproof_so_row_level_security_lets_the_gin_indexes_serve_them()
    {
        var leakproof = await ListAsync("""
            SELECT proname FROM pg_proc
            WHERE proleakproof AND proname IN ('ts_match_vq', 'word_similarity_op', 'word_similarity_commutator_op')
            ORDER BY proname
            """);

        leakproof.ShouldBe(["ts_match_vq", "word_similarity_commutator_op", "word_similarity_op"]);
    }

    [Fact]
    public async Task The_search_indexes_start_with_tenant_id_and_are_gin()
    {
        var indexes = await ListAsync("""
            SELECT indexdef FROM pg_indexes
            WHERE schemaname = 'catalog' AND indexname IN ('ix_products_tenant_id_search_vector', 'ix_products_tenant_id_fuzzy_text')
            ORDER BY indexname
            """);

        indexes.Count.ShouldBe(2);
        indexes.ShouldAllBe(d => d.Contains("USING gin (tenant_id"));
        indexes[0].ShouldContain("gin_trgm_ops");
    }

    private async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var result = new List<string>();
        while (await reader.ReadAsync(Ct))
            result.Add(reader.GetString(0));
        return result;
    }
}
