using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseDesk.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyAccessAndScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_DestinationCountryCode",
                table: "Cases");

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAtUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserRegions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RegencyCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserRegions", x => new { x.UserId, x.RegencyCode });
                    table.ForeignKey(
                        name: "FK_UserRegions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UserRegions_Regencies_RegencyCode",
                        column: x => x.RegencyCode,
                        principalTable: "Regencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DestinationCountryCode_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "DestinationCountryCode", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Open",
                table: "Cases",
                columns: new[] { "HomeRegencyCode", "Kind", "Sector", "AssignedOfficerId", "DueOn", "CreatedAtUtc" },
                filter: "\"Status\" NOT IN ('Closed', 'Rejected', 'Withdrawn')");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Open_Queue",
                table: "Cases",
                columns: new[] { "CreatedAtUtc", "HomeRegencyCode", "Urgency", "DueOn", "Kind", "Category" },
                filter: "\"Status\" NOT IN ('Closed', 'Rejected', 'Withdrawn')");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_CaseId_Purpose_Id",
                table: "ConsentRecords",
                columns: new[] { "CaseId", "Purpose", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_UserRegions_RegencyCode",
                table: "UserRegions",
                column: "RegencyCode");

            // Consent history is never overwritten (UU 27/2022: what was allowed when must stay provable); a
            // withdrawal is a new record. Deleting a case still removes its records.
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql(
                    "CREATE TRIGGER ConsentRecords_NoUpdate BEFORE UPDATE ON ConsentRecords "
                    + "BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ConsentRecords_NoUpdate;");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "UserRegions");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DestinationCountryCode_CreatedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open_Queue",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AnonymisedAtUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DestinationCountryCode",
                table: "Cases",
                column: "DestinationCountryCode");
        }
    }
}
