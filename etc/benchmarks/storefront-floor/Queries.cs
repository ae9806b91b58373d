using System.Runtime.CompilerServices;
using Npgsql;

/// <summary>
/// The storefront's statements as EF Core sends them (see etc/benchmarks/README.md, "Storefront"), on one connection per
/// request; the tenant setting is set the way the tenant session interceptor sets it.
/// </summary>
internal static class Queries
{
    private const string ProductList = """
        FROM catalog.products AS p
        WHERE p.tenant_id = @tenant AND NOT (p.is_deleted) AND p.status = 'Active' AND @storeId = ANY (p.store_ids) AND EXISTS (
            SELECT 1 FROM catalog.product_categories AS p0
            WHERE p.tenant_id = p0.tenant_id AND p.id = p0.product_id AND p0.category_id = ANY (@categoryIds))
        """;

    /// <summary>The tenant and store of a host: {slug}.localhost names the store's slug domain.</summary>
    public static async Task<(Guid TenantId, Guid StoreId)?> ResolveStoreAsync(NpgsqlConnection connection, string host)
    {
        await Execute(connection, "SET commerce.tenant_id = ''");
        var name = host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ? host[..^".localhost".Length] : host;
        await using var command = new NpgsqlCommand("SELECT store_tenant_id AS tenant_id, store_id FROM stores.store_domains WHERE name = @p0", connection);
        command.Parameters.AddWithValue("p0", name);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
            return null;
        var found = (reader.GetGuid(0), reader.GetGuid(1));
        await reader.DisposeAsync();
        await Execute(connection, $"SET commerce.tenant_id = '{found.Item1:D}'");
        Tenants.AddOrUpdate(connection, new StrongBox<Guid>(found.Item1));
        return found;
    }

    /// <summary>The tenant each open connection's session setting names, read by the statements' tenant_id filter.</summary>
    private static readonly ConditionalWeakTable<NpgsqlConnection, StrongBox<Guid>> Tenants = [];

    public static async Task<List<Category>> CategoriesAsync(NpgsqlConnection connection)
    {
        await using var command = Command(connection, """
            SELECT c.id AS "Id", c.name AS "Name", c.handle AS "Handle", c.parent_id AS "ParentId", c.description AS "Description"
            FROM catalog.categories AS c
            WHERE c.tenant_id = @tenant AND NOT (c.is_deleted) AND NOT (c.is_hidden)
            ORDER BY c.position, c.name
            """);
        var list = new List<Category>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            list.Add(new Category(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetGuid(3)));
        return list;
    }

    public static Guid[] WithDescendants(Guid id, List<Category> categories)
    {
        var ids = new List<Guid> { id };
        for (var i = 0; i < ids.Count; i++)
            ids.AddRange(categories.Where(c => c.ParentId == ids[i]).Select(c => c.Id));
        return [.. ids];
    }

    public static async Task<int> CategoryOptionsAsync(NpgsqlConnection connection, Guid storeId, Guid[] categoryIds)
    {
        await using var command = Command(connection, "SELECT p.options " + ProductList + " ORDER BY p.id", storeId, categoryIds);
        var count = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            count += reader.GetString(0).Length > 2 ? 1 : 0;
        return count;
    }

    public static async Task<int> CategoryCountAsync(NpgsqlConnection connection, Guid storeId, Guid[] categoryIds)
    {
        await using var command = Command(connection, "SELECT count(*)::int " + ProductList, storeId, categoryIds);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<List<ListItem>> CategoryPageAsync(NpgsqlConnection connection, Guid storeId, Guid[] categoryIds, int take, int skip)
    {
        await using var command = Command(connection, """
            SELECT p4.id, p4.title, p4.handle, p4.c, p5."Price", p5."SpecialPrice", p5."StorePrice", p7."Id"
            FROM (
                SELECT p.id, p.title, p.handle, EXISTS (
                    SELECT 1 FROM inventory.stock_items AS s
                    WHERE s.tenant_id = @tenant AND EXISTS (
                        SELECT 1 FROM catalog.product_variants AS p3
                        WHERE p3.tenant_id = @tenant AND NOT (p3.is_deleted) AND p.tenant_id = p3.tenant_id AND p.id = p3.product_id AND p3.id = s.variant_id)
                      AND s.on_hand - s.reserved > 0) AS c, p.tenant_id, p.creation_time
            """ + "\n" + ProductList + """

                ORDER BY p.creation_time DESC, p.id
                LIMIT @take OFFSET @skip
            ) AS p4
            LEFT JOIN (
                SELECT p1.price AS "Price", p1.special_price AS "SpecialPrice", p1.special_price_start AS "SpecialPriceStart", p1.special_price_end AS "SpecialPriceEnd", (
                    SELECT v.price FROM catalog.variant_store_prices AS v
                    WHERE p1.tenant_id = v.tenant_id AND p1.id = v.variant_id AND v.store_id = @storeId LIMIT 1) AS "StorePrice",
                    p1.compare_at_price AS "CompareAtPrice", p1.tenant_id, p1.id, p1.product_id
                FROM catalog.product_variants AS p1
                WHERE p1.tenant_id = @tenant AND NOT (p1.is_deleted)
            ) AS p5 ON p4.tenant_id = p5.tenant_id AND p4.id = p5.product_id
            LEFT JOIN (
                SELECT p6."Id", p6."Width", p6."Height", p6."AltText", p6."ThumbnailState", p6."ThumbnailSizes", p6.c, p6.product_id
                FROM (
                    SELECT p2.id AS "Id", p2.width AS "Width", p2.height AS "Height", p2.alt_text AS "AltText", p2.thumbnail_state AS "ThumbnailState",
                           p2.thumbnail_sizes AS "ThumbnailSizes", 1 AS c, p2.product_id, ROW_NUMBER() OVER(PARTITION BY p2.product_id ORDER BY p2.position, p2.id) AS row
                    FROM catalog.product_images AS p2
                    WHERE p2.tenant_id = @tenant
                ) AS p6
                WHERE p6.row <= 1
            ) AS p7 ON p4.id = p7.product_id
            ORDER BY p4.creation_time DESC, p4.id, p4.tenant_id, p5.tenant_id
            """, storeId, categoryIds);
        command.Parameters.AddWithValue("take", take);
        command.Parameters.AddWithValue("skip", skip);
        // One row per variant: the card takes the product's lowest price, as the storefront's list does.
        var items = new Dictionary<Guid, ListItem>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetGuid(0);
            var price = reader.IsDBNull(6) ? reader.IsDBNull(5) ? reader.GetDecimal(4) : reader.GetDecimal(5) : reader.GetDecimal(6);
            if (!items.TryGetValue(id, out var item) || price < item.Price)
                items[id] = new ListItem(id, reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), price, reader.IsDBNull(7) ? null : reader.GetGuid(7));
        }
        return [.. items.Values];
    }

    public static async Task<Product?> ProductAsync(NpgsqlConnection connection, Guid storeId, string handle)
    {
        await using var command = Command(connection, """
            SELECT p2.tenant_id, p2.id, p2.attribute_set_id, p2.attribute_values, p2.creation_time, p2.creator_id, p2.deleter_id, p2.deletion_time, p2.description, p2.fuzzy_text, p2.handle, p2.is_deleted, p2.last_modification_time, p2.last_modifier_id, p2.min_price, p2.options, p2.search_text, p2.search_vector, p2.seo_description, p2.seo_title, p2.status, p2.store_ids, p2.tags, p2.title, p2.xmin, p0.tenant_id, p0.product_id, p0.category_id, s.tenant_id, s.id, s.barcode, s.compare_at_price, s.is_deleted, s.option1, s.option2, s.option3, s.position, s.price, s.product_id, s.sku, s.special_price, s.special_price_end, s.special_price_start, s.weight_grams, s.tenant_id0, s.variant_id, s.store_id, s.price0
            FROM (
                SELECT p.tenant_id, p.id, p.attribute_set_id, p.attribute_values, p.creation_time, p.creator_id, p.deleter_id, p.deletion_time, p.description, p.fuzzy_text, p.handle, p.is_deleted, p.last_modification_time, p.last_modifier_id, p.min_price, p.options, p.search_text, p.search_vector, p.seo_description, p.seo_title, p.status, p.store_ids, p.tags, p.title, p.xmin
                FROM catalog.products AS p
                WHERE p.tenant_id = @tenant AND NOT (p.is_deleted) AND p.status = 'Active' AND @storeId = ANY (p.store_ids) AND p.handle = @handle
                LIMIT 1
            ) AS p2
            LEFT JOIN catalog.product_categories AS p0 ON p2.tenant_id = p0.tenant_id AND p2.id = p0.product_id
            LEFT JOIN (
                SELECT p1.tenant_id, p1.id, p1.barcode, p1.compare_at_price, p1.is_deleted, p1.option1, p1.option2, p1.option3, p1.position, p1.price, p1.product_id, p1.sku, p1.special_price, p1.special_price_end, p1.special_price_start, p1.weight_grams, v.tenant_id AS tenant_id0, v.variant_id, v.store_id, v.price AS price0
                FROM catalog.product_variants AS p1
                LEFT JOIN catalog.variant_store_prices AS v ON p1.tenant_id = v.tenant_id AND p1.id = v.variant_id
                WHERE p1.tenant_id = @tenant AND NOT (p1.is_deleted)
            ) AS s ON p2.tenant_id = s.tenant_id AND p2.id = s.product_id
            ORDER BY p2.tenant_id, p2.id, p0.tenant_id, p0.product_id, p0.category_id, s.tenant_id, s.id, s.tenant_id0, s.variant_id
            """, storeId);
        command.Parameters.AddWithValue("handle", handle);
        Product? product = null;
        var variants = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // Read every column, as EF Core's materializer does.
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            product ??= new Product(reader.GetGuid(1), reader.GetString(23), reader.IsDBNull(8) ? "" : reader.GetString(8), reader.GetDecimal(37), []);
            if (!reader.IsDBNull(29) && !variants.Contains(reader.GetGuid(29)))
                variants.Add(reader.GetGuid(29));
        }
        return product is null ? null : product with { VariantIds = [.. variants] };
    }

    public static async Task<List<Guid>> ImagesAsync(NpgsqlConnection connection, Guid productId)
    {
        await using var command = Command(connection, """
            SELECT p.id AS "Id", p.width AS "Width", p.height AS "Height", p.alt_text AS "AltText", p.thumbnail_state AS "ThumbnailState", p.thumbnail_sizes AS "ThumbnailSizes"
            FROM catalog.product_images AS p
            WHERE p.tenant_id = @tenant AND p.product_id = @product_Id
            ORDER BY p.position, p.id
            """);
        command.Parameters.AddWithValue("product_Id", productId);
        var list = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            list.Add(reader.GetGuid(0));
        return list;
    }

    public static async Task<int> InStockAsync(NpgsqlConnection connection, Guid[] variantIds)
    {
        await using var command = Command(connection, """
            SELECT s.variant_id
            FROM inventory.stock_items AS s
            WHERE s.tenant_id = @tenant AND s.variant_id = ANY (@variantIds) AND s.on_hand - s.reserved > 0
            """);
        command.Parameters.AddWithValue("variantIds", variantIds);
        var count = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            count++;
        return count;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, Guid? storeId = null, Guid[]? categoryIds = null)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", Tenants.TryGetValue(connection, out var tenant) ? tenant.Value : Guid.Empty);
        if (storeId is not null)
            command.Parameters.AddWithValue("storeId", storeId.Value);
        if (categoryIds is not null)
            command.Parameters.AddWithValue("categoryIds", categoryIds);
        return command;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
