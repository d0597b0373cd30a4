using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseDesk.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CaseId",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EntityId",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EntityType",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpAddress",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CaseId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "CaseId", "AtUtc" });

            // Append-only in the database itself, not only in the app (SQLite syntax; PostgreSQL needs its own
            // trigger function when that provider is added).
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql(
                    "CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries "
                    + "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;");
                migrationBuilder.Sql(
                    "CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries "
                    + "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoDelete;");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_CaseId_AtUtc",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "CaseId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "EntityId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "EntityType",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "IpAddress",
                table: "AuditEntries");
        }
    }
}
