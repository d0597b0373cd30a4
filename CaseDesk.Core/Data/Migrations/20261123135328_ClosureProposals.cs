using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseDesk.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClosureProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdministrativeClosureReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClosureProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConditionStartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DayCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralTarget = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosureProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClosureProposals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseWaits_OpenByKind",
                table: "CaseWaits",
                columns: new[] { "WaitingFor", "StartedAtUtc" },
                filter: "\"EndedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ClosureProposals_CaseId_Reason_Status",
                table: "ClosureProposals",
                columns: new[] { "CaseId", "Reason", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ClosureProposals_OnePending",
                table: "ClosureProposals",
                column: "CaseId",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_ClosureProposals_Status_ProposedAtUtc",
                table: "ClosureProposals",
                columns: new[] { "Status", "ProposedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClosureProposals");

            migrationBuilder.DropIndex(
                name: "IX_CaseWaits_OpenByKind",
                table: "CaseWaits");

            migrationBuilder.DropColumn(
                name: "AdministrativeClosureReason",
                table: "Cases");
        }
    }
}
