using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Stores_AddTaxSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "prices_include_tax",
                schema: "stores",
                table: "stores",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "tax_rate_percent",
                schema: "stores",
                table: "stores",
                type: "numeric(6,3)",
                precision: 6,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<bool>(
                name: "tax_shipping",
                schema: "stores",
                table: "stores",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "prices_include_tax",
                schema: "stores",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "tax_rate_percent",
                schema: "stores",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "tax_shipping",
                schema: "stores",
                table: "stores");
        }
    }
}
