using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Consents;
using CaseDesk.Core.Letters;
using CaseDesk.Tests.Consents;
using CaseDesk.Web.Components.Pages.Cases;
using CaseDesk.Web.Components.Pages.Cases.Consents;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using CaseDetails = CaseDesk.Web.Components.Pages.Cases.CaseDetails;

namespace CaseDesk.Tests.Pages;

/// <summary>The consent panel and banner on the case page, the consent section of the intake form, and the letter
/// offers that depend on consent.</summary>
public sealed class ConsentPanelTests : CasePageTestBase
{
    [Fact]
    public async Task Panel_ShowsTheCurrentStatePerPurposeAndTheHistory()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        await Db.GiveAsync(seeded.Id, ConsentPurpose.SharingPolice, new(2026, 11, 10));
        await Db.WithdrawAsync(seeded.Id, ConsentPurpose.SharingPolice, new(2026, 11, 12));
        await Db.GiveAsync(seeded.Id, ConsentPurpose.Processing, new(2026, 11, 10));
        Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        var police = cut.WaitForElement(".consent-row[data-purpose=SharingPolice]");
        Assert.Contains("Ditarik pada 12 November 2026", police.TextContent);
        Assert.Empty(police.QuerySelectorAll(".consent-withdraw"));
        var processing = cut.Find(".consent-row[data-purpose=Processing]");
        Assert.Contains("Diberikan pada 10 November 2026 (Formulir bertanda tangan)", processing.TextContent);
        Assert.Single(processing.QuerySelectorAll(".consent-withdraw"));
        Assert.Contains("Belum dicatat", cut.Find(".consent-row[data-purpose=SharingMinistry]").TextContent);
        Assert.Empty(cut.FindAll(".consent-processing-withdrawn"));

        cut.Find(".consent-history-toggle").Click();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll(".consent-history-entry").Count));
    }

    [Fact]
    public async Task Withdraw_AsksForTheDateAndRecordsTheWithdrawal()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        await Db.GiveAsync(seeded.Id, ConsentPurpose.SharingDisnaker, new(2026, 11, 10));
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement(".consent-row[data-purpose=SharingDisnaker] .consent-withdraw").Click();
        provider.WaitForElement(".consent-withdraw-warning");
        var dialog = provider.FindComponent<ConsentDialog>();
        Assert.Equal((ConsentDecision.Withdrawn, ConsentPurpose.SharingDisnaker),
            (dialog.Instance.Decision, dialog.Instance.Purpose));
        // Without the method the server refuses, and nothing is recorded.
        provider.Find("button.consent-save").Click();
        provider.WaitForAssertion(() =>
            Assert.Contains("Pilih cara persetujuan diperoleh.", provider.Find(".consent-messages").TextContent));
        Assert.Single((await Db.ConsentQueries().ForCaseAsync(seeded.Id)).History);

        var method = provider.FindComponent<MudSelect<ConsentMethod?>>();
        await provider.InvokeAsync(() => method.Instance.ValueChanged.InvokeAsync(ConsentMethod.WrittenStatement));
        provider.Find("button.consent-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("Ditarik pada 23 November 2026",
            cut.Find(".consent-row[data-purpose=SharingDisnaker]").TextContent));
        var current = (await Db.ConsentQueries().ForCaseAsync(seeded.Id)).Current(ConsentPurpose.SharingDisnaker);
        Assert.Equal((ConsentDecision.Withdrawn, ConsentMethod.WrittenStatement, Today),
            (current?.Decision, current?.Method, current?.DecidedOn));
    }

    [Fact]
    public async Task ProcessingWithdrawn_ShowsTheBannerAndKeepsTheData()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        await Db.GiveAsync(seeded.Id, ConsentPurpose.Processing, new(2026, 11, 10));
        await Db.WithdrawAsync(seeded.Id, ConsentPurpose.Processing, new(2026, 11, 20));
        Render<MudDialogProvider>();
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        var banner = cut.WaitForElement(".consent-processing-withdrawn");
        Assert.Contains("Pengadu menarik persetujuan pemrosesan data pada 20 November 2026.", banner.TextContent);
        Assert.Contains("Data kasus tidak dihapus.", banner.TextContent);
        Assert.Contains("La Ode Hamsah", cut.Markup);
    }

    [Fact]
    public async Task Admin_CannotRecordConsents()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        var admin = await SignInAsync("Admin Sistem", Roles.Admin);
        Render<MudDialogProvider>();
        Render<MudPopoverProvider>();

        var cut = Render<ConsentPanel>(p => p
            .Add(x => x.Case, seeded)
            .Add(x => x.Actor, admin));

        cut.WaitForAssertion(() => Assert.True(cut.Find("button.consent-give").HasAttribute("disabled")));
    }

    [Fact]
    public async Task ReferStep_WithoutConsentForTheTarget_OffersTheLetterDisabledWithWhy()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c => c.IdentityVerifiedAtUtc = Clock.GetUtcNow().UtcDateTime);
        await Db.GiveAsync(seeded.Id, ConsentPurpose.SharingPolice, new(2026, 11, 10));
        await Db.WithdrawAsync(seeded.Id, ConsentPurpose.SharingPolice, new(2026, 11, 12));
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement(".workflow-step[data-trigger=Refer] button").Click();
        provider.WaitForElement(".step-issue-letter");
        Assert.Empty(provider.FindAll(".step-letter-refused")); // no target chosen yet
        var target = provider.FindComponent<MudSelect<ReferralTarget?>>();
        await provider.InvokeAsync(() => target.Instance.ValueChanged.InvokeAsync(ReferralTarget.Police));

        provider.WaitForAssertion(() => Assert.Equal(
            "Pengadu telah menarik persetujuan berbagi data dengan Kepolisian pada 12 November 2026; surat rujukan tidak dapat diterbitkan.",
            provider.Find(".step-letter-refused").TextContent.Trim()));
        Assert.True(provider.Find(".step-issue-letter input").HasAttribute("disabled"));

        // The step itself goes ahead without the letter.
        provider.Find("button.step-confirm").Click();
        cut.WaitForAssertion(async () => Assert.Equal(CaseStatus.Referred, (await LoadCaseAsync(seeded.Id)).Status));
        await using var db = await Db.Factory.CreateDbContextAsync();
        Assert.Empty(db.Letters);
    }

    [Fact]
    public async Task IssueByHand_ReferralWithdrawn_IsDisabledWithTheRefusal()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c => (c.Status, c.ReferralTarget) = (CaseStatus.Referred, ReferralTarget.Police));
        await Db.GiveAsync(seeded.Id, ConsentPurpose.SharingPolice, new(2026, 11, 10));
        await Db.WithdrawAsync(seeded.Id, ConsentPurpose.SharingPolice, new(2026, 11, 12));
        var provider = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement("button.issue-letter").Click();
        provider.WaitForElement(".issue-letter-dialog");
        provider.FindAll(".issue-letter-dialog div.mud-input-control")[0].MouseDown();

        popovers.WaitForAssertion(() =>
        {
            var referral = popovers.FindAll(".mud-popover-open .mud-list-item")
                .Single(i => i.TextContent.Contains("Surat Rujukan/Rekomendasi"));
            Assert.Contains("surat rujukan tidak dapat diterbitkan", referral.TextContent);
            Assert.Contains("mud-list-item-disabled", referral.ClassName);
        });
    }

    [Fact]
    public async Task NewCase_ConsentsTicked_AreRecordedWithTheCase()
    {
        UseCulture("id-ID");
        Render<MudPopoverProvider>();
        var cut = Render<NewCase>();
        var input = cut.FindComponent<CaseForm>().Instance.Input;
        await cut.InvokeAsync(() => FillValidInput(input, "7414014507950002"));

        cut.Find(".intake-consent-Processing input").Change(true);
        cut.Find(".intake-consent-SharingPolice input").Change(true);
        cut.Find("button.save-case").Click();
        cut.WaitForAssertion(() => Assert.Equal("Pilih cara persetujuan diperoleh.",
            cut.Find(".intake-consent-error").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Equal(0, await CountCasesAsync());

        await cut.InvokeAsync(() => input.ConsentMethod = ConsentMethod.Verbal);
        cut.Find("button.save-case").Click();

        cut.WaitForAssertion(async () => Assert.Equal(1, await CountCasesAsync()));
        await using var db = await Db.Factory.CreateDbContextAsync();
        var records = await db.ConsentRecords.AsNoTracking().OrderBy(r => r.Purpose).ToListAsync();
        Assert.Equal([ConsentPurpose.Processing, ConsentPurpose.SharingPolice], records.Select(r => r.Purpose));
        Assert.All(records, r => Assert.Equal((ConsentDecision.Given, ConsentMethod.Verbal), (r.Decision, r.Method)));
    }
}
