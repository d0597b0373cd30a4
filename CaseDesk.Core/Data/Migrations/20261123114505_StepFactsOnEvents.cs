using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseDesk.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class StepFactsOnEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Data",
                table: "CaseEvents",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Data",
                table: "CaseEvents");
        }
    }
}
