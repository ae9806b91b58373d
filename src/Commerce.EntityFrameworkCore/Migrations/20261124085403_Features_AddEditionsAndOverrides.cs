using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class Features_AddEditionsAndOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "features");

            migrationBuilder.AddColumn<Guid>(
                name: "edition_id",
                schema: "multi_tenancy",
                table: "tenants",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "suspension_reason",
                schema: "multi_tenancy",
                table: "tenants",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "editions",
                schema: "features",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    display_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
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
                    table.PrimaryKey("pk_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tenant_feature_overrides",
                schema: "features",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    value = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenant_feature_overrides", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "edition_feature_values",
                schema: "features",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    edition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    value = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_edition_feature_values", x => new { x.edition_id, x.name });
                    table.ForeignKey(
                        name: "fk_edition_feature_values_editions_edition_id",
                        column: x => x.edition_id,
                        principalSchema: "features",
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tenants_edition_id",
                schema: "multi_tenancy",
                table: "tenants",
                column: "edition_id");

            migrationBuilder.CreateIndex(
                name: "ix_editions_name",
                schema: "features",
                table: "editions",
                column: "name",
                unique: true,
                filter: "is_deleted = false");

            migrationBuilder.CreateIndex(
                name: "ix_tenant_feature_overrides_tenant_id_name",
                schema: "features",
                table: "tenant_feature_overrides",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_tenants_editions_edition_id",
                schema: "multi_tenancy",
                table: "tenants",
                column: "edition_id",
                principalSchema: "features",
                principalTable: "editions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_tenants_editions_edition_id",
                schema: "multi_tenancy",
                table: "tenants");

            migrationBuilder.DropTable(
                name: "edition_feature_values",
                schema: "features");

            migrationBuilder.DropTable(
                name: "tenant_feature_overrides",
                schema: "features");

            migrationBuilder.DropTable(
                name: "editions",
                schema: "features");

            migrationBuilder.DropIndex(
                name: "ix_tenants_edition_id",
                schema: "multi_tenancy",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "edition_id",
                schema: "multi_tenancy",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "suspension_reason",
                schema: "multi_tenancy",
                table: "tenants");
        }
    }
}
