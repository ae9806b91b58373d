using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Ordering_AddOrdersAndCarts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "ordering");

            migrationBuilder.CreateTable(
                name: "carts",
                schema: "ordering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    visitor_token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_carts", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "order_number_counters",
                schema: "ordering",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    next_value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_number_counters", x => x.tenant_id);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                schema: "ordering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    payment_status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shipping_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    shipping_line1 = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    shipping_line2 = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    shipping_city = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    shipping_region = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    shipping_postal_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    shipping_country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    shipping_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    shipping_method_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shipping_method_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    payment_method_id = table.Column<Guid>(type: "uuid", nullable: false),
                    payment_method_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    payment_provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    prices_include_tax = table.Column<bool>(type: "boolean", nullable: false),
                    tax_rate_percent = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    subtotal = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    shipping_total = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    shipping_tax = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    tax_total = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    grand_total = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    refunded_total = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    stock_sold = table.Column<bool>(type: "boolean", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    request_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    guest_token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_modifier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deletion_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shipments = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "cart_lines",
                schema: "ordering",
                columns: table => new
                {
                    variant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cart_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cart_lines", x => new { x.tenant_id, x.cart_id, x.variant_id });
                    table.CheckConstraint("ck_cart_lines_quantity", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_cart_lines_carts_tenant_id_cart_id",
                        columns: x => new { x.tenant_id, x.cart_id },
                        principalSchema: "ordering",
                        principalTable: "carts",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                schema: "ordering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    variant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_title = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    variant_title = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    unit_price = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    tax = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    line_total = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    shipped_quantity = table.Column<int>(type: "integer", nullable: false),
                    refunded_quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => new { x.tenant_id, x.id });
                    table.CheckConstraint("ck_order_lines_quantity", "quantity > 0");
                    table.CheckConstraint("ck_order_lines_refunded", "refunded_quantity BETWEEN 0 AND quantity");
                    table.CheckConstraint("ck_order_lines_shipped", "shipped_quantity BETWEEN 0 AND quantity");
                    table.ForeignKey(
                        name: "fk_order_lines_orders_tenant_id_order_id",
                        columns: x => new { x.tenant_id, x.order_id },
                        principalSchema: "ordering",
                        principalTable: "orders",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_timeline",
                schema: "ordering",
                columns: table => new
                {
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_timeline", x => new { x.tenant_id, x.order_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_order_timeline_orders_tenant_id_order_id",
                        columns: x => new { x.tenant_id, x.order_id },
                        principalSchema: "ordering",
                        principalTable: "orders",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_carts_tenant_id_store_id_customer_id",
                schema: "ordering",
                table: "carts",
                columns: new[] { "tenant_id", "store_id", "customer_id" },
                unique: true,
                filter: "customer_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_carts_tenant_id_store_id_visitor_token_hash",
                schema: "ordering",
                table: "carts",
                columns: new[] { "tenant_id", "store_id", "visitor_token_hash" },
                unique: true,
                filter: "visitor_token_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_carts_tenant_id_updated_at",
                schema: "ordering",
                table: "carts",
                columns: new[] { "tenant_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_tenant_id_order_id",
                schema: "ordering",
                table: "order_lines",
                columns: new[] { "tenant_id", "order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_tenant_id_variant_id",
                schema: "ordering",
                table: "order_lines",
                columns: new[] { "tenant_id", "variant_id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_customer_id_placed_at",
                schema: "ordering",
                table: "orders",
                columns: new[] { "tenant_id", "customer_id", "placed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_email",
                schema: "ordering",
                table: "orders",
                columns: new[] { "tenant_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_guest_token_hash",
                schema: "ordering",
                table: "orders",
                columns: new[] { "tenant_id", "guest_token_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_idempotency_key",
                schema: "ordering",
                table: "orders",
                columns: new[] { "tenant_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_number",
                schema: "ordering",
                table: "orders",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_placed_at",
                schema: "ordering",
                table: "orders",
                columns: new[] { "tenant_id", "placed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_store_id_placed_at",
                schema: "ordering",
                table: "orders",
                columns: new[] { "tenant_id", "store_id", "placed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_unconfirmed",
                schema: "ordering",
                table: "orders",
                columns: new[] { "tenant_id", "placed_at" },
                filter: "status = 'Pending' AND NOT stock_sold");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cart_lines",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "order_lines",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "order_number_counters",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "order_timeline",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "carts",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "ordering");
        }
    }
}
