using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CaseDesk.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ServiceLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WaitingFor",
                table: "Cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseWaits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitingFor = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    StartedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    EndedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseWaits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseWaits_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    IsCollectiveLeave = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Date);
                });

            migrationBuilder.InsertData(
                table: "Holidays",
                columns: new[] { "Date", "IsCollectiveLeave", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2026, 1, 1), false, "Tahun Baru 2026 Masehi" },
                    { new DateOnly(2026, 1, 16), false, "Isra Mikraj Nabi Muhammad SAW" },
                    { new DateOnly(2026, 2, 16), true, "Cuti bersama Tahun Baru Imlek" },
                    { new DateOnly(2026, 2, 17), false, "Tahun Baru Imlek 2577 Kongzili" },
                    { new DateOnly(2026, 3, 18), true, "Cuti bersama Hari Suci Nyepi" },
                    { new DateOnly(2026, 3, 19), false, "Hari Suci Nyepi Tahun Baru Saka 1948" },
                    { new DateOnly(2026, 3, 20), true, "Cuti bersama Idulfitri 1447 H" },
                    { new DateOnly(2026, 3, 21), false, "Idulfitri 1447 H" },
                    { new DateOnly(2026, 3, 22), false, "Idulfitri 1447 H" },
                    { new DateOnly(2026, 3, 23), true, "Cuti bersama Idulfitri 1447 H" },
                    { new DateOnly(2026, 3, 24), true, "Cuti bersama Idulfitri 1447 H" },
                    { new DateOnly(2026, 4, 3), false, "Wafat Yesus Kristus" },
                    { new DateOnly(2026, 4, 5), false, "Kebangkitan Yesus Kristus (Paskah)" },
                    { new DateOnly(2026, 5, 1), false, "Hari Buruh Internasional" },
                    { new DateOnly(2026, 5, 14), false, "Kenaikan Yesus Kristus" },
                    { new DateOnly(2026, 5, 15), true, "Cuti bersama Kenaikan Yesus Kristus" },
                    { new DateOnly(2026, 5, 27), false, "Iduladha 1447 H" },
                    { new DateOnly(2026, 5, 28), true, "Cuti bersama Iduladha 1447 H" },
                    { new DateOnly(2026, 5, 31), false, "Hari Raya Waisak 2570 BE" },
                    { new DateOnly(2026, 6, 1), false, "Hari Lahir Pancasila" },
                    { new DateOnly(2026, 6, 16), false, "Tahun Baru Islam 1448 H" },
                    { new DateOnly(2026, 8, 17), false, "Hari Proklamasi Kemerdekaan RI" },
                    { new DateOnly(2026, 8, 25), false, "Maulid Nabi Muhammad SAW" },
                    { new DateOnly(2026, 12, 24), true, "Cuti bersama Kelahiran Yesus Kristus" },
                    { new DateOnly(2026, 12, 25), false, "Kelahiran Yesus Kristus" },
                    { new DateOnly(2027, 1, 1), false, "Tahun Baru 2027 Masehi" },
                    { new DateOnly(2027, 1, 6), false, "Isra Mikraj Nabi Muhammad SAW (perkiraan)" },
                    { new DateOnly(2027, 2, 6), false, "Tahun Baru Imlek 2578 Kongzili" },
                    { new DateOnly(2027, 3, 8), false, "Hari Suci Nyepi Tahun Baru Saka 1949 (perkiraan)" },
                    { new DateOnly(2027, 3, 10), false, "Idulfitri 1448 H (perkiraan)" },
                    { new DateOnly(2027, 3, 11), false, "Idulfitri 1448 H (perkiraan)" },
                    { new DateOnly(2027, 3, 26), false, "Wafat Yesus Kristus" },
                    { new DateOnly(2027, 3, 28), false, "Kebangkitan Yesus Kristus (Paskah)" },
                    { new DateOnly(2027, 5, 1), false, "Hari Buruh Internasional" },
                    { new DateOnly(2027, 5, 6), false, "Kenaikan Yesus Kristus" },
                    { new DateOnly(2027, 5, 17), false, "Iduladha 1448 H (perkiraan)" },
                    { new DateOnly(2027, 5, 20), false, "Hari Raya Waisak 2571 BE (perkiraan)" },
                    { new DateOnly(2027, 6, 1), false, "Hari Lahir Pancasila" },
                    { new DateOnly(2027, 6, 6), false, "Tahun Baru Islam 1449 H (perkiraan)" },
                    { new DateOnly(2027, 8, 15), false, "Maulid Nabi Muhammad SAW (perkiraan)" },
                    { new DateOnly(2027, 8, 17), false, "Hari Proklamasi Kemerdekaan RI" },
                    { new DateOnly(2027, 12, 25), false, "Kelahiran Yesus Kristus" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DueOn",
                table: "Cases",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_CaseWaits_CaseId_StartedAtUtc",
                table: "CaseWaits",
                columns: new[] { "CaseId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseWaits_OneOpen",
                table: "CaseWaits",
                column: "CaseId",
                unique: true,
                filter: "\"EndedAtUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseWaits");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DueOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "WaitingFor",
                table: "Cases");
        }
    }
}
