using Bunit;
using CaseDesk.Core.ServiceLevels;
using MudBlazor;
using CaseDetails = CaseDesk.Web.Components.Pages.Cases.CaseDetails;

namespace CaseDesk.Tests.Pages;

/// <summary>Escalations on the case page's timeline, written by the real escalation action.</summary>
public sealed class CaseEscalationTimelineTests : CasePageTestBase
{
    [Fact]
    public async Task CaseDetails_EscalatedCase_ShowsEachEscalationAsItsOwnTimelineEntry()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c => c.DueOn = new DateOnly(2026, 11, 16)); // five working days late
        var run = await new EscalateOverdueCases(Db.Factory, Clock).ExecuteAsync();
        Assert.Equal(3, run.Escalations);
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll(".timeline-escalated").Count));
        var head = cut.FindAll(".timeline-escalated")[0]; // newest first
        Assert.Contains("Eskalasi", head.TextContent);
        Assert.Contains("Sistem", head.TextContent);
        Assert.Contains("Eskalasi ke Kepala Balai: jatuh tempo 16 November 2026 terlewati 5 hari kerja.",
            head.TextContent);
        Assert.NotNull(head.QuerySelector(".mud-timeline-dot-warning"));
    }
}
