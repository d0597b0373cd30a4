using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseDesk.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_Dashboard_Closed",
                table: "Cases",
                columns: new[] { "ClosedAtUtc", "CreatedAtUtc", "HomeRegencyCode", "Kind", "Sector", "MediationOutcome", "SettlementAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Dashboard_Registered",
                table: "Cases",
                columns: new[] { "CreatedAtUtc", "HomeRegencyCode", "Kind", "Sector", "Category", "DestinationCountryCode", "NonProcedural" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Dashboard_Workload",
                table: "Cases",
                columns: new[] { "AssignedOfficerId", "Status", "DueOn", "HomeRegencyCode", "Kind", "Sector" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Dashboard_Closed",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Dashboard_Registered",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Dashboard_Workload",
                table: "Cases");
        }
    }
}
