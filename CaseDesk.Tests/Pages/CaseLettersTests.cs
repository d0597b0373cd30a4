using Bunit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using CaseDetails = CaseDesk.Web.Components.Pages.Cases.CaseDetails;

namespace CaseDesk.Tests.Pages;

/// <summary>Letters on the case page: issued with a step, by hand, listed, cancelled.</summary>
public sealed class CaseLettersTests : CasePageTestBase
{
    [Fact]
    public async Task StepOfferingAnInvitation_WithoutMeeting_SaysWhatIsMissingAndAppliesNothing()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c => (c.IdentityVerifiedAtUtc, c.PlacementCompanyName) =
            (Clock.GetUtcNow().UtcDateTime, "PT Sumber Rejeki Abadi"));
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement(".workflow-step[data-trigger=StartMediation] button").Click();
        provider.WaitForElement(".step-issue-letter");
        Assert.Contains("Surat Undangan Mediasi", provider.Find(".step-letter").TextContent);
        provider.Find("button.step-confirm").Click();

        provider.WaitForAssertion(() => Assert.Equal(3,
            provider.Find(".step-letter").TextContent.Split("Wajib diisi.").Length - 1));
        Assert.Equal(CaseStatus.Verification, (await LoadCaseAsync(seeded.Id)).Status);
        await using var db = await Db.Factory.CreateDbContextAsync();
        Assert.Empty(db.Letters);
    }

    [Fact]
    public async Task StepOfferingAnInvitation_WithMeeting_AppliesTheStepAndListsTheLetter()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c => (c.IdentityVerifiedAtUtc, c.PlacementCompanyName) =
            (Clock.GetUtcNow().UtcDateTime, "PT Sumber Rejeki Abadi"));
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));
        cut.WaitForElement(".letters-empty");

        cut.Find(".workflow-step[data-trigger=StartMediation] button").Click();
        var meeting = Today.AddDays(7).ToDateTime(TimeOnly.MinValue);
        provider.WaitForElement("#letter-meeting-place").Change("Ruang Mediasi BP3MI");
        var details = provider.FindComponent<CaseDesk.Web.Components.Pages.Cases.Letters.LetterDetailsFields>().Instance.Input;
        details.MeetingDate = meeting;
        details.MeetingTime = new TimeSpan(9, 0, 0);
        provider.Find("button.step-confirm").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".case-letters .letter-row")));
        Assert.Contains("Surat Undangan Mediasi", cut.Find(".case-letters").TextContent);
        Assert.Equal(CaseStatus.Mediation, (await LoadCaseAsync(seeded.Id)).Status);
        await using var db = await Db.Factory.CreateDbContextAsync();
        var letter = await db.Letters.SingleAsync();
        Assert.Equal(LetterType.MediationInvitation, letter.Type);
        Assert.StartsWith("B.1/", letter.Number, StringComparison.Ordinal);
        var href = cut.Find(".case-letters a.letter-view").GetAttribute("href");
        Assert.Equal($"cases/{seeded.Id}/letters/{letter.Id}.pdf", href);
    }

    [Fact]
    public async Task IssueByHand_UnfitTypesAreDisabledWithTheirReasons()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement("button.issue-letter").Click();
        provider.WaitForElement(".issue-letter-dialog");

        var choices = LetterChoices.For(await LoadCaseAsync(seeded.Id));
        Assert.Contains(choices, c => c.Type == LetterType.ComplaintReceipt && c.Fits);
        Assert.Contains(choices, c => c.Type == LetterType.ClosureNotice && !c.Fits);
        Assert.Contains(choices, c => c.Type == LetterType.RepatriationNotice
            && c.Unfit.Any(u => u.Contains("pemulangan", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CancelLetter_NeedsAReasonThenMarksItCancelledAndKeepsTheNumber()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        var issued = await Services.GetRequiredService<IssueLetter>()
            .ExecuteAsync(seeded.Id, LetterType.ComplaintReceipt, LetterDetails.None, null, Officer);
        Assert.True(issued.Succeeded, string.Join(", ", issued.Messages));
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement(".case-letters button.letter-cancel").Click();
        provider.WaitForElement("button.letter-cancel-confirm").Click();
        provider.WaitForAssertion(() =>
            Assert.Contains("Alasan pembatalan wajib diisi.", provider.Find(".cancel-letter-dialog").TextContent));
        provider.Find("#letter-cancel-reason").Change("Nama pengadu salah ketik.");
        provider.Find("button.letter-cancel-confirm").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".case-letters .letter-cancelled")));
        Assert.Contains(issued.Number!, cut.Find(".case-letters").TextContent);
        await using var db = await Db.Factory.CreateDbContextAsync();
        var letter = await db.Letters.SingleAsync();
        Assert.Equal(issued.Number, letter.Number);
        Assert.Equal("Nama pengadu salah ketik.", letter.CancelReason);
    }
}
