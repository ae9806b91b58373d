using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Inventory_LinkStockAndImagesToCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "fk_product_image_variants_product_variants_tenant_id_variant_id",
                schema: "catalog",
                table: "product_image_variants",
                columns: new[] { "tenant_id", "variant_id" },
                principalSchema: "catalog",
                principalTable: "product_variants",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_product_images_products_tenant_id_product_id",
                schema: "catalog",
                table: "product_images",
                columns: new[] { "tenant_id", "product_id" },
                principalSchema: "catalog",
                principalTable: "products",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_stock_items_product_variants_tenant_id_variant_id",
                schema: "inventory",
                table: "stock_items",
                columns: new[] { "tenant_id", "variant_id" },
                principalSchema: "catalog",
                principalTable: "product_variants",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_stock_movements_product_variants_tenant_id_variant_id",
                schema: "inventory",
                table: "stock_movements",
                columns: new[] { "tenant_id", "variant_id" },
                principalSchema: "catalog",
                principalTable: "product_variants",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_stock_reservations_product_variants_tenant_id_variant_id",
                schema: "inventory",
                table: "stock_reservations",
                columns: new[] { "tenant_id", "variant_id" },
                principalSchema: "catalog",
                principalTable: "product_variants",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_product_image_variants_product_variants_tenant_id_variant_id",
                schema: "catalog",
                table: "product_image_variants");

            migrationBuilder.DropForeignKey(
                name: "fk_product_images_products_tenant_id_product_id",
                schema: "catalog",
                table: "product_images");

            migrationBuilder.DropForeignKey(
                name: "fk_stock_items_product_variants_tenant_id_variant_id",
                schema: "inventory",
                table: "stock_items");

            migrationBuilder.DropForeignKey(
                name: "fk_stock_movements_product_variants_tenant_id_variant_id",
                schema: "inventory",
                table: "stock_movements");

            migrationBuilder.DropForeignKey(
                name: "fk_stock_reservations_product_variants_tenant_id_variant_id",
                schema: "inventory",
                table: "stock_reservations");
        }
    }
}
