using System.Text.Json;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Dashboard;
using CaseDesk.Core.Reports;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.PersonalData;

/// <summary>Anonymising every finished demo case leaves every figure of the dashboard and the meeting report as it
/// was (unlike tools that delete the tickets with the person).</summary>
public sealed class AnonymisationStatisticsTests(SeededCases seeded) : IClassFixture<SeededCases>
{
    private static readonly Actor Head = new("head-1", "Kepala Balai", new HashSet<string> { Roles.Head });

    [Fact]
    public async Task AnonymiseCase_AllFinishedCases_DashboardAndMeetingReportStayIdentical()
    {
        var clock = new TestClock();
        var today = OfficeTime.Today(clock);
        var filter = new DashboardFilter(today.AddYears(-2), today, null, null, null);
        var period = new ReportPeriod(today.AddYears(-2), today);
        var dashboard = new DashboardQuery(seeded.Db.Factory, clock);
        var report = new MeetingReportQuery(seeded.Db.Factory, clock);
        var dashboardBefore = Json(await dashboard.GetAsync(filter));
        var reportBefore = await report.GetAsync(period, null);
        var finished = seeded.Cases.Where(c => !c.IsOpen).ToList();
        Assert.NotEmpty(finished);

        foreach (var c in finished)
        {
            var version = await VersionAsync(c.Id);
            var result = await new AnonymiseCase(seeded.Db.Factory, clock).ExecuteAsync(c.Id, "Permohonan pekerja.",
                c.ReferenceNumber, version, Head);
            Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
        }

        Assert.Equal(dashboardBefore, Json(await dashboard.GetAsync(filter)));
        var reportAfter = await report.GetAsync(period, null);
        Assert.True(reportBefore.Received > 0);
        Assert.Equal(Json(WithoutInitials(reportBefore)), Json(WithoutInitials(reportAfter)));
        Assert.Contains(reportAfter.Cases, r => finished.Any(f => f.ReferenceNumber == r.ReferenceNumber));
        await using var db = await seeded.Db.Factory.CreateDbContextAsync();
        Assert.Equal(finished.Count, await db.Cases.CountAsync(c => c.AnonymisedAtUtc != null));
        Assert.False(await db.Cases.AnyAsync(c => c.AnonymisedAtUtc != null && c.WorkerNik != null));
    }

    // The list of cases shows the worker's initials, which anonymisation replaces by design; every count stays.
    private static MeetingReportData WithoutInitials(MeetingReportData data) =>
        data with { Cases = [.. data.Cases.Select(c => c with { WorkerInitials = "" })] };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private async Task<int> VersionAsync(int id)
    {
        await using var db = await seeded.Db.Factory.CreateDbContextAsync();
        return await db.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
    }
}
