using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Commerce.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Catalog_AddCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "catalog");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            // The product search's typo match. A one-expression SQL function is inlined by the planner, so the
            // trigram index on (tenant_id, fuzzy_text) still serves the operator inside it.
            migrationBuilder.Sql("""
                CREATE FUNCTION catalog.fuzzy_match(q text, t text) RETURNS boolean
                LANGUAGE sql STABLE PARALLEL SAFE
                AS $$ SELECT q <% t $$;
                """);

            // Row-level security keeps a condition whose operator is not LEAKPROOF from being an index condition
            // (it may only run after the tenant policy), so without this the search's GIN indexes go unused and
            // every search reads all of the tenant's products. The text-match and word-similarity operators raise
            // no data-dependent errors, so they are declared leakproof; the policy still filters every row.
            // Only a superuser may do so: elsewhere the search works, on the tenant_id index alone.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF;
                    ALTER FUNCTION word_similarity_op(text, text) LEAKPROOF;
                    ALTER FUNCTION word_similarity_commutator_op(text, text) LEAKPROOF;
                  ELSE
                    RAISE WARNING 'Not a superuser: the product search cannot use its GIN indexes under row-level security';
                  END IF;
                END $$;
                """);

            migrationBuilder.CreateTable(
                name: "attribute_sets",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    attributes = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_modifier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deletion_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleter_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attribute_sets", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "categories",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    handle = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false),
                    is_hidden = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_modifier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deletion_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleter_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_categories", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_categories_categories_tenant_id_parent_id",
                        columns: x => new { x.tenant_id, x.parent_id },
                        principalSchema: "catalog",
                        principalTable: "categories",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "products",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    handle = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    description = table.Column<string>(type: "character varying(65536)", maxLength: 65536, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    seo_title = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    seo_description = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    store_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    attribute_set_id = table.Column<Guid>(type: "uuid", nullable: true),
                    attribute_values = table.Column<string>(type: "jsonb", nullable: false),
                    min_price = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    options = table.Column<string>(type: "jsonb", nullable: false),
                    fuzzy_text = table.Column<string>(type: "text", nullable: false, defaultValue: ""),
                    search_text = table.Column<string>(type: "text", nullable: false, defaultValue: ""),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('simple'::regconfig, search_text)", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_modifier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deletion_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleter_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "product_categories",
                schema: "catalog",
                columns: table => new
                {
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_categories", x => new { x.tenant_id, x.product_id, x.category_id });
                    table.ForeignKey(
                        name: "fk_product_categories_products_tenant_id_product_id",
                        columns: x => new { x.tenant_id, x.product_id },
                        principalSchema: "catalog",
                        principalTable: "products",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_variants",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    barcode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    price = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    compare_at_price = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    special_price = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    special_price_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    special_price_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    weight_grams = table.Column<int>(type: "integer", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false),
                    option1 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    option2 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    option3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_variants", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_product_variants_products_tenant_id_product_id",
                        columns: x => new { x.tenant_id, x.product_id },
                        principalSchema: "catalog",
                        principalTable: "products",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "variant_store_prices",
                schema: "catalog",
                columns: table => new
                {
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    variant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    price = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_variant_store_prices", x => new { x.tenant_id, x.variant_id, x.store_id });
                    table.ForeignKey(
                        name: "fk_variant_store_prices_product_variants_tenant_id_variant_id",
                        columns: x => new { x.tenant_id, x.variant_id },
                        principalSchema: "catalog",
                        principalTable: "product_variants",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attribute_sets_tenant_id_name",
                schema: "catalog",
                table: "attribute_sets",
                columns: new[] { "tenant_id", "name" },
                unique: true,
                filter: "is_deleted = false");

            migrationBuilder.CreateIndex(
                name: "ix_categories_tenant_id_handle",
                schema: "catalog",
                table: "categories",
                columns: new[] { "tenant_id", "handle" },
                unique: true,
                filter: "is_deleted = false");

            migrationBuilder.CreateIndex(
                name: "ix_categories_tenant_id_parent_id_position",
                schema: "catalog",
                table: "categories",
                columns: new[] { "tenant_id", "parent_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_product_categories_tenant_id_category_id",
                schema: "catalog",
                table: "product_categories",
                columns: new[] { "tenant_id", "category_id" });

            migrationBuilder.CreateIndex(
                name: "ix_product_variants_tenant_id_product_id_position",
                schema: "catalog",
                table: "product_variants",
                columns: new[] { "tenant_id", "product_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_product_variants_tenant_id_sku",
                schema: "catalog",
                table: "product_variants",
                columns: new[] { "tenant_id", "sku" },
                unique: true,
                filter: "is_deleted = false");

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_attribute_set_id",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "attribute_set_id" });

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_creation_time",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "creation_time" });

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_fuzzy_text",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "fuzzy_text" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "uuid_ops", "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_handle",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "handle" },
                unique: true,
                filter: "is_deleted = false");

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_last_modification_time",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "last_modification_time" });

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_min_price",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "min_price" });

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_search_vector",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "search_vector" })
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_store_ids",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "store_ids" })
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_title",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "title" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION catalog.fuzzy_match(text, text);");
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) NOT LEAKPROOF;
                  END IF;
                END $$;
                """);

            migrationBuilder.DropTable(
                name: "attribute_sets",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "categories",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "product_categories",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "variant_store_prices",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "product_variants",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "products",
                schema: "catalog");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
