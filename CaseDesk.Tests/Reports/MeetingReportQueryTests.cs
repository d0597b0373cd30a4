using CaseDesk.Core;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Demo;
using CaseDesk.Core.Reports;
using CaseDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Tests.Reports;

/// <summary>The meeting report's aggregate queries against a seeded database, checked with LINQ-to-objects.</summary>
public sealed class MeetingReportQueryTests(SeededCases seeded) : IClassFixture<SeededCases>
{
    private readonly TestDb _db = seeded.Db;
    private readonly List<Case> _cases = seeded.Cases;

    [Fact]
    public async Task GetAsync_WholeProvince_BreakdownsEqualCountsOverTheCases()
    {
        var period = LastMonths(6);
        var expected = _cases.Where(c => c.CreatedAtUtc >= period.FromUtc && c.CreatedAtUtc < period.EndUtc).ToList();
        Assert.NotEmpty(expected);

        var report = await Query().GetAsync(period, null);

        Assert.Equal(expected.Count, report.Received);
        Assert.Equal(17, report.ByRegency.Count);
        AssertCounts(expected.GroupBy(c => c.HomeRegencyCode), report.ByRegency);
        AssertCounts(expected.GroupBy(c => c.Kind.ToString()), report.ByKind);
        AssertCounts(expected.GroupBy(c => c.Category.ToString()), report.ByCategory);
        AssertCounts(expected.GroupBy(c => c.DestinationCountryCode ?? ""), report.ByCountry);
        AssertCounts(expected.GroupBy(c => c.Sector.ToString()), report.BySector);
        AssertCounts(expected.GroupBy(c => c.NonProcedural ? "NonProcedural" : "Procedural"), report.ByDeparture);
        AssertCounts(expected.GroupBy(c => c.Status.ToString()), report.ByStatus);
        Assert.Equal(expected.Where(c => c.MediationOutcome == MediationOutcome.Agreement)
            .Sum(c => c.SettlementAmount ?? 0), report.Outcomes.MoneyRecovered);
        Assert.Equal(expected.Count(c => c.MediationOutcome == MediationOutcome.Agreement), report.Outcomes.Agreements);
        Assert.Equal(expected.Count(c => c.Status == CaseStatus.Closed), report.Outcomes.Closed);
        Assert.Equal(_cases.Count(c => c.ClosedAtUtc >= period.FromUtc && c.ClosedAtUtc < period.EndUtc),
            report.ClosedInPeriod);
        Assert.Equal(expected.Count, report.Cases.Count);
        Assert.Equal(report.Cases.OrderBy(r => r.CreatedAtUtc).Select(r => r.ReferenceNumber),
            report.Cases.Select(r => r.ReferenceNumber));
    }

    [Fact]
    public async Task GetAsync_OneRegency_CountsOnlyItsCasesAndListsOnlyIt()
    {
        var period = LastMonths(14);
        var regency = _cases.GroupBy(c => c.HomeRegencyCode).OrderByDescending(g => g.Count()).First().Key;
        var expected = _cases.Where(c => c.HomeRegencyCode == regency && c.CreatedAtUtc >= period.FromUtc
            && c.CreatedAtUtc < period.EndUtc).ToList();

        var report = await Query().GetAsync(period, regency);

        Assert.Equal(expected.Count, report.Received);
        Assert.Equal(regency, Assert.Single(report.ByRegency).Key);
        Assert.NotNull(report.RegencyName);
        Assert.All(report.Cases, r => Assert.Equal(report.RegencyName, r.RegencyName));
        AssertCounts(expected.GroupBy(c => c.Category.ToString()), report.ByCategory);
    }

    [Fact]
    public async Task GetAsync_OpenCaseAgeing_BucketsEveryOpenCaseOnce()
    {
        var period = LastMonths(14);
        var open = _cases.Where(c => c.IsOpen && c.CreatedAtUtc < period.EndUtc).ToList();

        var report = await Query().GetAsync(period, null);

        Assert.Equal(open.Count, report.OpenNow);
        Assert.Equal(["0-30", "31-60", "61-90", ">90"], report.OpenAgeing.Select(a => a.Key));
        Assert.Equal(open.Count, report.OpenAgeing.Sum(a => a.Count));
    }

    [Fact]
    public async Task GetAsync_PeriodWithoutCases_ZeroesEverywhereAndAllRegenciesListed()
    {
        var report = await Query().GetAsync(new ReportPeriod(new DateOnly(2001, 1, 1), new DateOnly(2001, 12, 31)), null);

        Assert.Equal(0, report.Received);
        Assert.Equal(17, report.ByRegency.Count);
        Assert.All(report.ByRegency, r => Assert.Equal(0, r.Count));
        Assert.Empty(report.Cases);
        Assert.Equal(0, report.Outcomes.MoneyRecovered);
        Assert.Equal(Enum.GetValues<ComplaintCategory>().Length, report.ByCategory.Count);
    }

    [Fact]
    public void ReportPeriod_UsesOfficeDays_InWita()
    {
        var period = new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.Equal(new DateTime(2026, 10, 31, 16, 0, 0, DateTimeKind.Utc), period.FromUtc);
        Assert.Equal(new DateTime(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc), period.EndUtc);
    }

    [Theory]
    [InlineData("Wa Ode Sitti Marlina", "W.O.S.M.")]
    [InlineData("  la  kasim ", "L.K.")]
    [InlineData("Nurhalisa", "N.")]
    public void Initials_KeepOnlyFirstLetters(string name, string initials) =>
        Assert.Equal(initials, MeetingReportQuery.Initials(name));

    private MeetingReportQuery Query() => new(_db.Factory, TimeProvider.System);

    private static ReportPeriod LastMonths(int months)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        return new ReportPeriod(today.AddMonths(-months), today);
    }

    private static void AssertCounts(IEnumerable<IGrouping<string, Case>> expected, IReadOnlyList<CountRow> actual)
    {
        var want = expected.ToDictionary(g => g.Key, g => g.Count());
        foreach (var row in actual)
        {
            Assert.True(want.GetValueOrDefault(row.Key) == row.Count,
                $"{row.Key} ({row.Label}): expected {want.GetValueOrDefault(row.Key)}, got {row.Count}");
        }

        Assert.All(want, pair => Assert.Contains(actual, r => r.Key == pair.Key));
    }
}
