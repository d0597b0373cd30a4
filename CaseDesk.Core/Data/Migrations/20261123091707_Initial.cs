using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CaseDesk.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Categories",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    UrgentByDefault = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Categories", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    NameId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Representation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastValue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => new { x.Kind, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "Regencies",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IsIsland = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regencies", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferenceNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NonProcedural = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    WorkerNik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    WorkerPassportNo = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    WorkerSex = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WorkerDateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HomeRegencyCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    HomeVillage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WorkerPhone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DepartureDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnderageAcknowledged = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComplainantName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ComplainantRelation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ComplainantPhone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DestinationCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    EmployerType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EmployerCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    PlacementCompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlacementCompanyLicenceNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Representation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    StrandedAbroad = table.Column<bool>(type: "INTEGER", nullable: false),
                    UrgencyRaised = table.Column<bool>(type: "INTEGER", nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssignedOfficerId = table.Column<string>(type: "TEXT", nullable: true),
                    IdentityVerifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IdentityVerifiedById = table.Column<string>(type: "TEXT", nullable: true),
                    MediationOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SettlementAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    MediationTerms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReferralTarget = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReferralDetail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ArrivalAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ArrivalPoint = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    HandedOverTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LinkedCaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_AspNetUsers_AssignedOfficerId",
                        column: x => x.AssignedOfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Cases_Countries_DestinationCountryCode",
                        column: x => x.DestinationCountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Regencies_HomeRegencyCode",
                        column: x => x.HomeRegencyCode,
                        principalTable: "Regencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Categories",
                columns: new[] { "Code", "NameEn", "NameId", "UrgentByDefault" },
                values: new object[,]
                {
                    { "ContractTermination", "Contract termination", "Pemutusan hubungan kerja", false },
                    { "Deceased", "Deceased", "Meninggal dunia", true },
                    { "Deported", "Deported", "Dideportasi", false },
                    { "DocumentWithholding", "Document withholding", "Penahanan dokumen", false },
                    { "FailedDeparture", "Failed departure", "Gagal berangkat", false },
                    { "JobFraud", "Job fraud", "Penipuan lowongan kerja", false },
                    { "LostContact", "Lost contact", "Hilang kontak", false },
                    { "Other", "Other", "Lainnya", false },
                    { "Overcharging", "Overcharging", "Biaya penempatan berlebih", false },
                    { "Sick", "Sick", "Sakit", false },
                    { "SocialSecurityClaim", "Social-security claim", "Klaim jaminan sosial", false },
                    { "Trafficking", "Trafficking (TPPO)", "Tindak pidana perdagangan orang (TPPO)", true },
                    { "UnpaidWages", "Unpaid wages", "Gaji tidak dibayar", false },
                    { "ViolenceAbuse", "Violence / abuse", "Kekerasan / penganiayaan", true },
                    { "WantsToReturn", "Wants to return home", "Ingin dipulangkan", false }
                });

            migrationBuilder.InsertData(
                table: "Countries",
                columns: new[] { "Code", "NameEn", "NameId", "Representation" },
                values: new object[,]
                {
                    { "AE", "United Arab Emirates", "Uni Emirat Arab", "KBRI Abu Dhabi" },
                    { "AU", "Australia", "Australia", "KBRI Canberra" },
                    { "BH", "Bahrain", "Bahrain", "KBRI Manama" },
                    { "BN", "Brunei", "Brunei Darussalam", "KBRI Bandar Seri Begawan" },
                    { "CN", "China", "Tiongkok", "KBRI Beijing" },
                    { "DE", "Germany", "Jerman", "KBRI Berlin" },
                    { "HK", "Hong Kong", "Hong Kong", "KJRI Hong Kong" },
                    { "IT", "Italy", "Italia", "KBRI Roma" },
                    { "JO", "Jordan", "Yordania", "KBRI Amman" },
                    { "JP", "Japan", "Jepang", "KBRI Tokyo" },
                    { "KH", "Cambodia", "Kamboja", "KBRI Phnom Penh" },
                    { "KR", "South Korea", "Korea Selatan", "KBRI Seoul" },
                    { "KW", "Kuwait", "Kuwait", "KBRI Kuwait City" },
                    { "MM", "Myanmar", "Myanmar", "KBRI Yangon" },
                    { "MY", "Malaysia", "Malaysia", "KBRI Kuala Lumpur" },
                    { "NZ", "New Zealand", "Selandia Baru", "KBRI Wellington" },
                    { "OM", "Oman", "Oman", "KBRI Muscat" },
                    { "PH", "Philippines", "Filipina", "KBRI Manila" },
                    { "PL", "Poland", "Polandia", "KBRI Warsawa" },
                    { "QA", "Qatar", "Qatar", "KBRI Doha" },
                    { "SA", "Saudi Arabia", "Arab Saudi", "KBRI Riyadh" },
                    { "SG", "Singapore", "Singapura", "KBRI Singapura" },
                    { "TH", "Thailand", "Thailand", "KBRI Bangkok" },
                    { "TR", "Turkey", "Turki", "KBRI Ankara" },
                    { "TW", "Taiwan", "Taiwan", "KDEI Taipei" }
                });

            migrationBuilder.InsertData(
                table: "Regencies",
                columns: new[] { "Code", "IsIsland", "Name" },
                values: new object[,]
                {
                    { "7401", true, "Buton" },
                    { "7402", true, "Muna" },
                    { "7403", false, "Konawe" },
                    { "7404", false, "Kolaka" },
                    { "7405", false, "Konawe Selatan" },
                    { "7406", false, "Bombana" },
                    { "7407", true, "Wakatobi" },
                    { "7408", false, "Kolaka Utara" },
                    { "7409", true, "Buton Utara" },
                    { "7410", false, "Konawe Utara" },
                    { "7411", false, "Kolaka Timur" },
                    { "7412", true, "Konawe Kepulauan" },
                    { "7413", true, "Muna Barat" },
                    { "7414", true, "Buton Tengah" },
                    { "7415", true, "Buton Selatan" },
                    { "7471", false, "Kota Kendari" },
                    { "7472", true, "Kota Baubau" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_AtUtc",
                table: "CaseEvents",
                columns: new[] { "CaseId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedOfficerId_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "AssignedOfficerId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Category_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "Category", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CreatedAtUtc",
                table: "Cases",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DestinationCountryCode",
                table: "Cases",
                column: "DestinationCountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HomeRegencyCode_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "HomeRegencyCode", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Kind_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "Kind", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReferenceNumber",
                table: "Cases",
                column: "ReferenceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Urgency_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "Urgency", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkerName_WorkerDateOfBirth",
                table: "Cases",
                columns: new[] { "WorkerName", "WorkerDateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkerNik",
                table: "Cases",
                column: "WorkerNik");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkerPassportNo",
                table: "Cases",
                column: "WorkerPassportNo");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "Categories");

            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Countries");

            migrationBuilder.DropTable(
                name: "Regencies");
        }
    }
}
