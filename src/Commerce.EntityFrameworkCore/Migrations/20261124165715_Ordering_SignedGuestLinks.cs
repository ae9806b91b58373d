using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Ordering_SignedGuestLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_orders_tenant_id_guest_token_hash",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "guest_token_hash",
                schema: "ordering",
                table: "orders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "guest_token_hash",
                schema: "ordering",
                table: "orders",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_guest_token_hash",
                schema: "ordering",
                table: "orders",
                columns: new[] { "tenant_id", "guest_token_hash" });
        }
    }
}
