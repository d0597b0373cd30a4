using Bunit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using CaseDetails = CaseDesk.Web.Components.Pages.Cases.CaseDetails;

namespace CaseDesk.Tests.Pages;

/// <summary>The clock near the case header and the third-party wait control, over a real database.</summary>
public sealed class CaseServiceLevelTests : CasePageTestBase
{
    [Fact]
    public async Task CaseDetails_CaseInVerification_ShowsTheClarificationDueDate()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(); // created Monday 23 Nov, in verification
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForAssertion(() => Assert.Equal(
            $"Tenggat Klarifikasi: {CaseDates.DateText(new DateOnly(2026, 12, 14))}",
            cut.Find(".service-level-target").TextContent.Trim()));
        Assert.Equal("15 hari kerja lagi", cut.Find(".cd-due-later").TextContent.Trim());
    }

    [Fact]
    public async Task CaseDetails_StartAndEndWait_PausesAndResumesTheClock()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement("button.start-wait").Click();
        cut.Find("button.save-wait").Click();
        cut.WaitForAssertion(() => Assert.Contains("Isi alasan menunggu.", cut.Find(".wait-form").TextContent));
        cut.Find(".wait-party input").Change("KBRI Kuala Lumpur");
        cut.Find(".wait-reason textarea").Change("Menunggu jawaban majikan melalui KBRI.");
        cut.Find("button.save-wait").Click();

        cut.WaitForAssertion(() => Assert.Contains("KBRI Kuala Lumpur", cut.Find(".open-wait").TextContent));
        Assert.Equal("Ditunda", cut.Find(".cd-due-paused").TextContent.Trim());
        Assert.Contains(CaseText.Label(CaseEventType.WaitStarted), cut.Find(".case-timeline").TextContent);

        cut.Find("button.end-wait").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".open-wait")));
        Assert.Contains(CaseText.Label(CaseEventType.WaitEnded), cut.Find(".case-timeline").TextContent);
        await using var db = await Db.Factory.CreateDbContextAsync();
        var wait = await db.CaseWaits.SingleAsync();
        Assert.Equal((WaitingFor.Representation, "KBRI Kuala Lumpur"), (wait.WaitingFor, wait.Party));
        Assert.NotNull(wait.EndedAtUtc);
        Assert.Equal(3, (await db.Cases.SingleAsync()).Version);
    }

    [Fact]
    public async Task CaseDetails_ClosedCase_ShowsNoClockOrWaitControl()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c => c.Status = CaseStatus.Closed);
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement(".case-reference");
        Assert.Empty(cut.FindAll(".case-service-level"));
    }
}
