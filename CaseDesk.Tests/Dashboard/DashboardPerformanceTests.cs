using System.Diagnostics;
using System.Globalization;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Dashboard;
using CaseDesk.Core.Data;
using CaseDesk.Core.Reference;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Xunit.Abstractions;

namespace CaseDesk.Tests.Dashboard;

/// <summary>
/// The dashboard of an office with 100,000 cases over three years: rows inserted with one prepared statement in one
/// transaction while the indexes are set aside, then the migrations' own indexes rebuilt (the workflow is not what is
/// measured), then the whole dashboard query timed for a year and for one month, filtered and not.
/// </summary>
public sealed class DashboardPerformanceTests(ITestOutputHelper output)
{
    private const int CaseCount = 100_000;
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task GetAsync_HundredThousandCases_TakesLessThanThreeSecondsOfCpu()
    {
        await using var db = await TestDb.CreateAsync();
        var officers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            officers.Add((await db.AddUserAsync($"Petugas {i + 1}", Roles.Officer)).UserId);
        }

        var inserting = Stopwatch.StartNew();
        await InsertCasesAsync(db, officers);
        // As the app's next start does: statistics for the query planner now that the table is big.
        await DatabaseInitializer.OptimizeAsync(db.Factory);
        output.WriteLine($"inserted {CaseCount:N0} cases and built the indexes in {inserting.Elapsed.TotalSeconds:F1} s");

        var clock = new TestClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        var query = new DashboardQuery(db.Factory, clock);
        // The EF model and SQLite's page cache are warmed once per process: keep that out of the measurement.
        await query.GetAsync(new DashboardFilter(Today.AddDays(-7), Today, "7401", null, null));

        var year = new DashboardFilter(new DateOnly(2026, 1, 1), Today, null, null, null);
        var cases = new[]
        {
            ("this year, whole province", year),
            ("this month, whole province", year with { From = new DateOnly(2026, 11, 1) }),
            ("this year, Buton Tengah, complaints", year with { RegencyCode = "7414", Kind = CaseKind.Complaint }),
            ("three years, individual employers", year with { From = new DateOnly(2024, 1, 1), Sector = Sector.IndividualEmployer }),
        };
        foreach (var (name, filter) in cases)
        {
            // The first run of a combination of filters also compiles its queries (once per process).
            var (firstWall, firstCpu, _) = await MeasureAsync(query, filter);
            var (wall, cpu, data) = await MeasureAsync(query, filter);
            output.WriteLine($"{name}: {wall.TotalMilliseconds:F0} ms, {cpu.TotalMilliseconds:F0} ms CPU (first run "
                + $"{firstWall.TotalMilliseconds:F0} ms, {firstCpu.TotalMilliseconds:F0} ms CPU); {data.Kpis.NewInPeriod} new, "
                + $"{data.Kpis.ClosedInPeriod} closed, {data.Kpis.OpenNow} open, {data.Kpis.OverdueNow} overdue");
            Assert.True(data.Kpis.NewInPeriod > 0);
            // The bound is the CPU the query costs: wall-clock time on a shared CI machine also measures its neighbours
            // (seen here: 2 s of wall clock for 0.7 s of CPU with a load average of 30 on two cores).
            Assert.True(firstCpu < TimeSpan.FromSeconds(3), $"{name} took {firstCpu} of CPU");
            Assert.True(firstWall < TimeSpan.FromSeconds(20), $"{name} took {firstWall}");
        }

        var whole = await query.GetAsync(year with { From = new DateOnly(2020, 1, 1) });
        Assert.Equal(CaseCount, whole.Kpis.NewInPeriod);
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu, DashboardData Data)> MeasureAsync(DashboardQuery query,
        DashboardFilter filter)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        var data = await query.GetAsync(filter);
        timer.Stop();
        return (timer.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, data);
    }

    /// <summary>Cases spread over three years before <see cref="Today"/>; about a fifth still open, most of those
    /// assigned, some overdue; closed cases closed 1–120 days after registration.</summary>
    private static async Task InsertCasesAsync(TestDb db, IReadOnlyList<string> officers)
    {
        var random = new Random(20_261_123);
        var regencies = Regency.SulawesiTenggara.Select(r => r.Code).ToArray();
        var countries = Country.Destinations.Select(c => c.Code).ToArray();
        var categories = Enum.GetNames<ComplaintCategory>();
        var openStatuses = Enum.GetValues<CaseStatus>().Where(Case.IsOpenStatus).Select(s => s.ToString()).ToArray();
        var end = Today.ToDateTime(TimeOnly.MinValue);
        var start = end.AddYears(-3);

        await using var context = await db.Factory.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        await context.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144");
        // Filling 20 indexes row by row is ten times slower than building them afterwards from sorted data.
        var indexes = await context.Database.SqlQueryRaw<string>(
                "SELECT sql AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Cases' AND sql IS NOT NULL")
            .ToListAsync();
        var names = await context.Database.SqlQueryRaw<string>(
                "SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Cases' AND sql IS NOT NULL")
            .ToListAsync();
        foreach (var name in names)
        {
            await ExecuteAsync(context, "DROP INDEX \"" + name + "\"");
        }

        await using var transaction = await context.Database.BeginTransactionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        string[] columns =
        [
            "ReferenceNumber", "Kind", "Status", "Sector", "NonProcedural", "WorkerName", "WorkerSex", "HomeRegencyCode",
            "DestinationCountryCode", "Category", "Channel", "Narrative", "Urgency", "StrandedAbroad", "UrgencyRaised",
            "UnderageAcknowledged", "AssignedOfficerId", "MediationOutcome", "SettlementAmount", "DueOn", "CreatedAtUtc",
            "UpdatedAtUtc", "ClosedAtUtc", "Version",
        ];
        command.CommandText = $"INSERT INTO Cases ({string.Join(", ", columns)}) "
            + $"VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        var parameters = columns.ToDictionary(c => c, c =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$" + c;
            command.Parameters.Add(parameter);
            return parameter;
        });
        command.Prepare();

        for (var i = 0; i < CaseCount; i++)
        {
            var kind = (CaseKind)(i % 3);
            var created = start + (end - start) * Math.Sqrt(random.NextDouble()); // more cases in recent months
            var age = (end - created).TotalDays;
            var isOpen = random.NextDouble() < (age < 120 ? 0.6 : 0.03);
            var status = isOpen ? openStatuses[random.Next(openStatuses.Length)]
                : random.Next(10) switch { 0 => "Rejected", 1 => "Withdrawn", _ => "Closed" };
            var closed = status == "Closed" ? created.AddDays(random.Next(1, 121)) : (DateTime?)null;
            var agreement = status == "Closed" && random.Next(3) == 0;
            Set("ReferenceNumber", $"{kind.ToString()[..3].ToUpperInvariant()}-{created.Year}-{i + 1:D6}");
            Set("Kind", kind.ToString());
            Set("Status", status);
            Set("Sector", ((Sector)random.Next(4)).ToString());
            Set("NonProcedural", random.Next(2));
            Set("WorkerName", $"Wa Ode Pekerja {i}");
            Set("WorkerSex", ((Sex)random.Next(2)).ToString());
            Set("HomeRegencyCode", regencies[random.Next(regencies.Length)]);
            Set("DestinationCountryCode", random.Next(20) == 0 ? null : countries[Math.Min(random.Next(8) * random.Next(4), countries.Length - 1)]);
            Set("Category", categories[random.Next(categories.Length)]);
            Set("Channel", nameof(IntakeChannel.WalkIn));
            Set("Narrative", "Gaji tidak dibayar selama enam bulan dan paspor ditahan oleh majikan di Kuala Lumpur.");
            Set("Urgency", random.Next(5) == 0 ? "Urgent" : "Normal");
            Set("StrandedAbroad", 0);
            Set("UrgencyRaised", 0);
            Set("UnderageAcknowledged", 0);
            Set("AssignedOfficerId", random.Next(8) == 0 ? null : officers[random.Next(officers.Count)]);
            Set("MediationOutcome", agreement ? "Agreement" : null);
            Set("SettlementAmount", agreement ? random.Next(1, 200) * 500_000L : null);
            Set("DueOn", isOpen ? Date(Today.AddDays(random.Next(-30, 60))) : null);
            Set("CreatedAtUtc", Time(created));
            Set("UpdatedAtUtc", Time(closed ?? created));
            Set("ClosedAtUtc", closed is { } c ? Time(c) : null);
            Set("Version", 1);
            command.ExecuteNonQuery();
        }

        foreach (var index in indexes)
        {
            await ExecuteAsync(context, index);
        }

        await transaction.CommitAsync();

        void Set(string column, object? value) => parameters[column].Value = value ?? DBNull.Value;
    }

    private static async Task ExecuteAsync(DbContext context, string sql)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // EF Core's SQLite formats, so the queries compare the text the way they compare the app's own rows.
    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
