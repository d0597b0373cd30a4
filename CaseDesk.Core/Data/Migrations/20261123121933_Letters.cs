using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseDesk.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Letters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LetterCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Letters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    CancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CancelledByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Letters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Letters_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_CaseId_IssuedAtUtc",
                table: "Letters",
                columns: new[] { "CaseId", "IssuedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_Number",
                table: "Letters",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Letters_Year_Sequence",
                table: "Letters",
                columns: new[] { "Year", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LetterCounters");

            migrationBuilder.DropTable(
                name: "Letters");
        }
    }
}
