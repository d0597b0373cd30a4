using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseDesk.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_DestinationCountryCode",
                table: "Cases");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_DestinationCountryCode_CreatedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open_Queue",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DestinationCountryCode",
                table: "Cases",
                column: "DestinationCountryCode");
        }
    }
}
