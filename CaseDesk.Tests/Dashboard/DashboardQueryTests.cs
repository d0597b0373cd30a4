using CaseDesk.Core.Cases;
using CaseDesk.Core.Dashboard;
using CaseDesk.Core.Data;
using CaseDesk.Core.Reports;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Dashboard;

/// <summary>
/// The dashboard's aggregate queries against 150 demo cases, each figure checked with LINQ-to-objects over the same
/// cases. The demo data is seeded relative to the system clock, so the query runs on it too.
/// </summary>
public sealed class DashboardQueryTests(SeededCases seeded) : IClassFixture<SeededCases>
{
    private readonly TestDb _db = seeded.Db;
    private readonly List<Case> _cases = seeded.Cases;
    private readonly DateOnly _today = OfficeTime.Today(TimeProvider.System);

    [Fact]
    public async Task GetAsync_WholeProvince_KpisEqualLinqOverTheCases()
    {
        var filter = new DashboardFilter(_today.AddMonths(-6), _today, null, null, null);

        var data = await Query().GetAsync(filter);

        AssertKpis(Expected(filter), data.Kpis);
        Assert.True(data.Kpis.NewInPeriod > 0 && data.Kpis.ClosedInPeriod > 0 && data.Kpis.OverdueNow > 0,
            "the seed should exercise every figure");
        Assert.True(data.Kpis.MoneyRecovered > 0);
    }

    [Theory]
    [InlineData("7414", null, null)]
    [InlineData(null, CaseKind.Repatriation, null)]
    [InlineData(null, null, Sector.IndividualEmployer)]
    [InlineData("7414", CaseKind.Complaint, null)]
    public async Task GetAsync_Filtered_KpisCountOnlyMatchingCases(string? regency, CaseKind? kind, Sector? sector)
    {
        var filter = new DashboardFilter(_today.AddMonths(-14), _today, regency, kind, sector);
        var whole = await Query().GetAsync(filter with { RegencyCode = null, Kind = null, Sector = null });

        var data = await Query().GetAsync(filter);

        AssertKpis(Expected(filter), data.Kpis);
        Assert.True(data.Kpis.NewInPeriod < whole.Kpis.NewInPeriod, "the filter should narrow the cases");
        Assert.True(data.Kpis.NewInPeriod > 0);
    }

    [Fact]
    public async Task GetAsync_Breakdowns_EqualGroupsOfTheCasesRegisteredInThePeriod()
    {
        var filter = new DashboardFilter(_today.AddMonths(-9), _today, null, null, null);
        var registered = Registered(filter).ToList();

        var data = await Query().GetAsync(filter);

        Assert.Equal(17, data.ByRegency.Count);
        Assert.Equal(data.ByRegency.Select(r => r.Key).Order(StringComparer.Ordinal), data.ByRegency.Select(r => r.Key));
        AssertCounts(registered.GroupBy(c => c.HomeRegencyCode), data.ByRegency);
        Assert.Equal(Enum.GetNames<ComplaintCategory>(), data.ByCategory.Select(r => r.Key));
        AssertCounts(registered.GroupBy(c => c.Category.ToString()), data.ByCategory);

        var countries = registered.Where(c => c.DestinationCountryCode is not null)
            .GroupBy(c => c.DestinationCountryCode!).ToDictionary(g => g.Key, g => g.Count());
        var named = data.ByCountry.Where(r => r.Key != DashboardQuery.OtherCountriesKey).ToList();
        Assert.InRange(named.Count, 1, DashboardQuery.TopCountries);
        Assert.All(named, r => Assert.Equal(countries[r.Key], r.Count));
        Assert.Equal(named.OrderByDescending(r => r.Count).Select(r => r.Count), named.Select(r => r.Count));
        // The named countries are the biggest ones; the rest (and cases without a country) are summed last.
        Assert.True(countries.Where(p => named.All(r => r.Key != p.Key)).All(p => p.Value <= named[^1].Count));
        Assert.Equal(registered.Count, data.ByCountry.Sum(r => r.Count));
        Assert.Equal("Malaysia", data.ByCountry[0].Label);
    }

    [Fact]
    public async Task GetAsync_Trend_HasEveryMonthOfThePeriodWithItsNewAndClosedCases()
    {
        var filter = new DashboardFilter(_today.AddMonths(-13).AddDays(-3), _today, null, null, null);

        var data = await Query().GetAsync(filter);

        Assert.Equal(filter.To.Year * 12 + filter.To.Month - (filter.From.Year * 12 + filter.From.Month) + 1,
            data.Trend.Count);
        Assert.True(data.Trend.Count >= 14);
        Assert.Equal(filter.From, data.Trend[0].From);
        Assert.Equal(filter.To, data.Trend[^1].To);
        foreach (var month in data.Trend)
        {
            var part = filter with { From = month.From, To = month.To };
            Assert.Equal(Registered(part).Count(), month.New);
            Assert.Equal(ClosedIn(part).Count(), month.Closed);
            Assert.Equal(1, month.Month.Day);
        }

        Assert.Equal(Registered(filter).Count(), data.Trend.Sum(m => m.New));
        Assert.Equal(ClosedIn(filter).Count(), data.Trend.Sum(m => m.Closed));
    }

    [Fact]
    public async Task GetAsync_Ageing_PutsEveryOpenCaseInTheBucketOfItsAgeInOfficeDays()
    {
        var filter = new DashboardFilter(_today.AddMonths(-1), _today, null, null, null);
        var open = _cases.Where(c => c.IsOpen).ToList();

        var data = await Query().GetAsync(filter);

        Assert.Equal(["0-30", "31-60", "61-90", ">90"], data.Ageing.Select(b => b.Key));
        foreach (var bucket in data.Ageing)
        {
            var expected = open.Count(c => Age(c) >= bucket.MinDays && (bucket.MaxDays is not { } max || Age(c) <= max));
            Assert.Equal(expected, bucket.Count);
            Assert.Equal(_today.AddDays(-bucket.MinDays), bucket.RegisteredTo);
        }

        Assert.Equal(open.Count, data.Ageing.Sum(b => b.Count));
        Assert.Null(data.Ageing[^1].RegisteredFrom);
        Assert.Equal(_today.AddDays(-30), data.Ageing[0].RegisteredFrom);
    }

    [Fact]
    public async Task GetAsync_Workload_CountsOpenAndOverdueCasesPerOfficerAndUnassigned()
    {
        var filter = new DashboardFilter(_today.AddMonths(-1), _today, null, null, null);
        var open = _cases.Where(c => c.IsOpen).ToList();

        var data = await Query().GetAsync(filter);

        Assert.Equal(4 + 1, data.Workload.Count); // the four demo officers, then the cases nobody has taken
        foreach (var load in data.Workload)
        {
            var theirs = open.Where(c => c.AssignedOfficerId == load.OfficerId).ToList();
            Assert.Equal(theirs.Count, load.Open);
            Assert.Equal(theirs.Count(IsOverdue), load.Overdue);
        }

        Assert.Null(data.Workload[^1].OfficerId);
        Assert.Equal(open.Count, data.Workload.Sum(l => l.Open));
        Assert.Contains(data.Workload, l => l.Name == "Wa Ode Nurhayati");
        Assert.Equal(data.Workload.SkipLast(1).OrderByDescending(l => l.Open).Select(l => l.Open),
            data.Workload.SkipLast(1).Select(l => l.Open));
    }

    [Fact]
    public async Task GetAsync_PeriodWithoutCases_ZeroesForAllSeventeenRegenciesAndEveryMonth()
    {
        var filter = new DashboardFilter(new DateOnly(2001, 1, 1), new DateOnly(2001, 12, 31), null, null, null);

        var data = await Query().GetAsync(filter);

        Assert.Equal(0, data.Kpis.NewInPeriod);
        Assert.Equal(0, data.Kpis.ClosedInPeriod);
        Assert.Null(data.Kpis.MedianDaysToResolve);
        Assert.Null(data.Kpis.ShareNonProcedural);
        Assert.Equal(0, data.Kpis.MoneyRecovered);
        Assert.Equal(17, data.ByRegency.Count);
        Assert.All(data.ByRegency, r => Assert.Equal(0, r.Count));
        Assert.All(data.ByCategory, r => Assert.Equal(0, r.Count));
        Assert.Empty(data.ByCountry);
        Assert.Equal(12, data.Trend.Count);
        Assert.All(data.Trend, m => Assert.Equal((0, 0), (m.New, m.Closed)));
        // Open cases are counted now, whatever the period.
        Assert.Equal(_cases.Count(c => c.IsOpen), data.Kpis.OpenNow);
        Assert.False(data.IsEmpty);
    }

    [Fact]
    public async Task GetAsync_OneRegency_ListsOnlyThatRegency()
    {
        var filter = new DashboardFilter(_today.AddMonths(-14), _today, "7414", null, null);

        var data = await Query().GetAsync(filter);

        var row = Assert.Single(data.ByRegency);
        Assert.Equal(("7414", "Buton Tengah"), (row.Key, row.Label));
        Assert.Equal(data.Kpis.NewInPeriod, row.Count);
    }

    [Fact]
    public async Task GetAsync_FromAfterTo_IsRefused()
    {
        var filter = new DashboardFilter(_today, _today.AddDays(-1), null, null, null);

        await Assert.ThrowsAsync<ArgumentException>(() => Query().GetAsync(filter));
    }

    [Fact]
    public async Task GetAsync_Sql_AggregatesInTheDatabaseAndNeverLoadsCases()
    {
        var statements = new List<string>();
        var options = new DbContextOptionsBuilder<CaseDeskDb>()
            .UseSqlite(_db.ConnectionString)
            .LogTo(statements.Add, [DbLoggerCategory.Database.Command.Name], Microsoft.Extensions.Logging.LogLevel.Information)
            .Options;
        var query = new DashboardQuery(new LoggingFactory(options), TimeProvider.System);

        await query.GetAsync(new DashboardFilter(_today.AddMonths(-6), _today, null, CaseKind.Complaint, null));

        var onCases = statements.Where(s => s.Contains("FROM \"Cases\"", StringComparison.Ordinal)).ToList();
        Assert.True(onCases.Count(s => s.Contains("GROUP BY", StringComparison.Ordinal)) >= 7,
            string.Join("\n\n", onCases));
        // No statement reads case columns beyond what a figure needs: never the narrative, names or NIK.
        Assert.All(onCases, s => Assert.DoesNotContain("\"Narrative\"", s, StringComparison.Ordinal));
        Assert.All(onCases, s => Assert.DoesNotContain("\"WorkerName\"", s, StringComparison.Ordinal));
        Assert.All(onCases, s => Assert.Contains("\"Kind\" = ", s, StringComparison.Ordinal));
    }

    private DashboardQuery Query() => new(_db.Factory, TimeProvider.System);

    private DashboardKpis Expected(DashboardFilter filter)
    {
        var scope = Scope(filter).ToList();
        var registered = Registered(filter).ToList();
        var closed = ClosedIn(filter).ToList();
        var durations = closed.Select(c => OfficeTime.DateOf(c.ClosedAtUtc!.Value).DayNumber
            - OfficeTime.DateOf(c.CreatedAtUtc).DayNumber).Order().ToList();
        double? median = durations.Count == 0 ? null
            : durations.Count % 2 == 1 ? durations[durations.Count / 2]
            : (durations[durations.Count / 2 - 1] + durations[durations.Count / 2]) / 2.0;
        return new DashboardKpis(
            scope.Count(c => c.IsOpen),
            registered.Count,
            closed.Count,
            scope.Count(IsOverdue),
            median,
            closed.Where(c => c.MediationOutcome == MediationOutcome.Agreement).Sum(c => c.SettlementAmount ?? 0),
            registered.Count(c => c.NonProcedural));
    }

    private static void AssertKpis(DashboardKpis expected, DashboardKpis actual)
    {
        Assert.Equal(expected.OpenNow, actual.OpenNow);
        Assert.Equal(expected.NewInPeriod, actual.NewInPeriod);
        Assert.Equal(expected.ClosedInPeriod, actual.ClosedInPeriod);
        Assert.Equal(expected.OverdueNow, actual.OverdueNow);
        Assert.Equal(expected.MedianDaysToResolve, actual.MedianDaysToResolve);
        Assert.Equal(expected.MoneyRecovered, actual.MoneyRecovered);
        Assert.Equal(expected.NonProceduralNew, actual.NonProceduralNew);
        Assert.Equal(expected.ShareNonProcedural, actual.ShareNonProcedural);
    }

    private IEnumerable<Case> Scope(DashboardFilter filter) => _cases.Where(c =>
        (filter.RegencyCode is null || c.HomeRegencyCode == filter.RegencyCode)
        && (filter.Kind is null || c.Kind == filter.Kind)
        && (filter.Sector is null || c.Sector == filter.Sector));

    private IEnumerable<Case> Registered(DashboardFilter filter) =>
        Scope(filter).Where(c => c.CreatedAtUtc >= filter.Period.FromUtc && c.CreatedAtUtc < filter.Period.EndUtc);

    private IEnumerable<Case> ClosedIn(DashboardFilter filter) =>
        Scope(filter).Where(c => c.ClosedAtUtc >= filter.Period.FromUtc && c.ClosedAtUtc < filter.Period.EndUtc);

    private bool IsOverdue(Case c) => c.IsOpen && c.DueOn is { } due && due < _today;

    private int Age(Case c) => _today.DayNumber - OfficeTime.DateOf(c.CreatedAtUtc).DayNumber;

    private static void AssertCounts(IEnumerable<IGrouping<string, Case>> expected, IReadOnlyList<CountRow> actual)
    {
        var want = expected.ToDictionary(g => g.Key, g => g.Count());
        Assert.All(actual, row => Assert.True(want.GetValueOrDefault(row.Key) == row.Count,
            $"{row.Key} ({row.Label}): expected {want.GetValueOrDefault(row.Key)}, got {row.Count}"));
        Assert.All(want, pair => Assert.Contains(actual, r => r.Key == pair.Key));
    }

    private sealed class LoggingFactory(DbContextOptions<CaseDeskDb> options) : IDbContextFactory<CaseDeskDb>
    {
        public CaseDeskDb CreateDbContext() => new(options);
    }
}
