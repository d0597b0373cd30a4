using System.Text.RegularExpressions;
using Bunit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Workflow;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CaseDesk.Tests.Pages;

/// <summary>The details page's child components on their own (no Core implementation needed).</summary>
public sealed class CaseDetailsComponentTests : CasePageTestBase
{
    [Fact]
    public void AddNote_Empty_ShowsValidationMessageAndSavesNothing()
    {
        UseCulture("id-ID");

        var cut = Render<AddNote>(p => p.Add(x => x.CaseId, 1).Add(x => x.Actor, Officer));
        cut.Find("button.add-note-button").Click();

        Assert.Contains("Catatan tidak boleh kosong.", cut.Find(".add-note").TextContent);
    }

    [Fact]
    public void AddNote_EmptyInEnglish_ShowsEnglishMessage()
    {
        UseCulture("en");

        var cut = Render<AddNote>(p => p.Add(x => x.CaseId, 1).Add(x => x.Actor, Officer));
        cut.Find("button.add-note-button").Click();

        Assert.Contains("The note cannot be empty.", cut.Find(".add-note").TextContent);
    }

    [Theory]
    [InlineData("id-ID", "Nilai kesepakatan: Rp 15.750.000", "Dirujuk ke: ")]
    [InlineData("en", "Settlement: Rp 15.750.000", "Referred to: ")]
    public void CaseTimeline_StepWithFacts_ShowsWhatWasDecidedInTheReadersLanguage(string culture, string settlement,
        string referral)
    {
        UseCulture(culture);
        var agreement = new StepFacts { SettlementAmount = 15_750_000, MediationTerms = "Dibayar lewat KBRI." };
        var referralFacts = new StepFacts { ReferralTarget = Core.Cases.ReferralTarget.Police };
        TimelineEntry[] entries =
        [
            new(2, Core.Cases.CaseEventType.Transition, new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc), "Andi",
                Core.Cases.CaseStatus.Mediation, Core.Cases.CaseStatus.Resolved, "RecordAgreement", null,
                agreement.Serialize()),
            new(1, Core.Cases.CaseEventType.Transition, new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc), "Andi",
                Core.Cases.CaseStatus.Verification, Core.Cases.CaseStatus.Referred, "Refer", null,
                referralFacts.Serialize()),
        ];

        var cut = Render<CaseTimeline>(p => p.Add(x => x.Entries, entries));

        var facts = cut.FindAll(".timeline-facts");
        Assert.Equal(2, facts.Count);
        Assert.Contains(settlement, facts[0].TextContent);
        Assert.Contains("Dibayar lewat KBRI.", facts[0].TextContent);
        Assert.Contains(referral, facts[1].TextContent);
    }

    [Fact]
    public async Task StepDialog_Agreement_RequiresAmountAndTermsThenReturnsThem()
    {
        UseCulture("id-ID");
        var provider = Render<MudDialogProvider>();
        var step = new WorkflowStep(CaseTrigger.RecordAgreement, "Catat kesepakatan", true, [], false,
            StepData.Agreement);
        var dialogs = Services.GetRequiredService<IDialogService>();
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<StepDialog>(step.Label,
            new DialogParameters<StepDialog> { { d => d.Step, step } }));

        provider.WaitForElement("button.step-confirm").Click();
        provider.WaitForAssertion(() =>
            Assert.Equal(2, Regex.Count(provider.Find(".step-dialog").TextContent, "Wajib diisi")));
        provider.Find("#step-amount").Change("15000000");
        provider.WaitForAssertion(() => Assert.Contains("Rp 15.000.000", provider.Find(".step-dialog").TextContent));
        provider.Find("#step-terms").Change("Dibayar P3MI dalam dua kali angsuran.");
        provider.Find("#step-note").Change("Berita acara ditandatangani.");
        provider.Find("button.step-confirm").Click();

        var result = await reference.Result;
        Assert.NotNull(result);
        Assert.False(result.Canceled);
        var input = Assert.IsType<StepInput>(result.Data);
        Assert.Equal(15_000_000, input.SettlementAmount);
        Assert.Equal("Dibayar P3MI dalam dua kali angsuran.", input.MediationTerms);
        Assert.Equal("Berita acara ditandatangani.", input.Note);
        Assert.Null(input.ReferralTarget);
    }

    [Fact]
    public async Task StepDialog_Irreversible_WarnsAndCancelReturnsCanceled()
    {
        UseCulture("id-ID");
        var provider = Render<MudDialogProvider>();
        var step = new WorkflowStep(CaseTrigger.Close, "Tutup kasus", true, [], true, StepData.None);
        var dialogs = Services.GetRequiredService<IDialogService>();
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<StepDialog>(step.Label,
            new DialogParameters<StepDialog> { { d => d.Step, step } }));

        Assert.Contains("tidak dapat dibatalkan", provider.WaitForElement(".irreversible-warning").TextContent);
        provider.Find("button.step-cancel").Click();

        var result = await reference.Result;
        Assert.True(result!.Canceled);
    }

    [Fact]
    public async Task StepDialog_Arrival_ConvertsWitaTimeToUtc()
    {
        UseCulture("id-ID");
        var provider = Render<MudDialogProvider>();
        var step = new WorkflowStep(CaseTrigger.RecordArrival, "Catat kedatangan", true, [], false, StepData.Arrival);
        var dialogs = Services.GetRequiredService<IDialogService>();
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<StepDialog>(step.Label,
            new DialogParameters<StepDialog> { { d => d.Step, step } }));
        var dialog = provider.FindComponent<StepDialog>();

        await provider.InvokeAsync(() =>
            dialog.FindComponent<MudTimePicker>().Instance.TimeChanged.InvokeAsync(new TimeSpan(14, 30, 0)));
        provider.Find("#step-arrival-point").Change("Bandara Haluoleo Kendari");
        provider.Find("button.step-confirm").Click();

        var result = await reference.Result;
        var input = Assert.IsType<StepInput>(result!.Data);
        // 23 Nov 2026 14:30 WITA (UTC+8) is 06:30 UTC.
        Assert.Equal(new DateTime(2026, 11, 23, 6, 30, 0, DateTimeKind.Utc), input.ArrivalAtUtc);
        Assert.Equal("Bandara Haluoleo Kendari", input.ArrivalPoint);
    }
}
