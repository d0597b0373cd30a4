using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Workflow;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using CaseDetails = CaseDesk.Web.Components.Pages.Cases.CaseDetails;

namespace CaseDesk.Tests.Pages;

public sealed class CaseDetailsTests : CasePageTestBase
{
    [Fact]
    public void CaseDetails_UnknownId_ShowsNotFound()
    {
        UseCulture("id-ID");
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, 4711));

        cut.WaitForAssertion(() => Assert.Contains("Kasus tidak ditemukan", cut.Find(".case-not-found").TextContent));
    }

    [Fact]
    public async Task CaseDetails_OpenCase_ShowsHeaderFactsAndTimeline()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c => c.Category = ComplaintCategory.Trafficking);
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForAssertion(() =>
            Assert.Equal(seeded.ReferenceNumber, cut.Find(".case-reference").TextContent.Trim()));
        Assert.Equal(WorkflowText.Status(CaseStatus.Verification), cut.Find(".state-chip").TextContent.Trim());
        Assert.Equal(CaseText.Label(Urgency.Urgent), cut.Find(".urgency-chip").TextContent.Trim());
        Assert.Contains(seeded.WorkerName, cut.Find(".case-facts").TextContent);
        Assert.Contains("Buton Tengah", cut.Find(".case-facts").TextContent);
        Assert.Contains(CaseText.Label(CaseEventType.Created), cut.Find(".case-timeline").TextContent);
        Assert.Contains("Tandai identitas terverifikasi", cut.Find("button.verify-identity").TextContent);
        Assert.Contains("WITA", cut.Find(".case-meta").TextContent);
    }

    [Fact]
    public async Task CaseDetails_PrintButton_OpensTheCaseReportInANewTab()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("a.print-report")));
        var print = cut.Find("a.print-report");
        Assert.Equal($"/cases/{seeded.Id}/report.pdf", print.GetAttribute("href"));
        Assert.Equal("_blank", print.GetAttribute("target"));
        Assert.Contains("Cetak laporan kasus", print.TextContent);
    }

    [Fact]
    public async Task CaseDetails_StepWithUnmetGuards_IsDisabledAndShowsTheLocalizedReasons()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        var steps = CaseWorkflow.GetSteps(await LoadCaseAsync(seeded.Id), Officer);
        var mediation = Assert.Single(steps, s => s.Trigger == CaseTrigger.StartMediation);
        Assert.False(mediation.Enabled);
        Assert.NotEmpty(mediation.UnmetGuards);
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        var step = cut.WaitForElement($".workflow-step[data-trigger={CaseTrigger.StartMediation}]");
        var button = step.QuerySelector("button")!;
        Assert.True(button.HasAttribute("disabled"));
        Assert.Contains(mediation.Label, button.TextContent);
        var unmet = step.QuerySelector(".step-unmet")!.TextContent;
        Assert.Contains("Belum terpenuhi", unmet);
        Assert.All(mediation.UnmetGuards, guard => Assert.Contains(guard, unmet));
    }

    [Fact]
    public async Task CaseDetails_StepWithData_OpensDialogAndAppliesTheStep()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        // The only step with data here is withdrawal: a supervisor takes it directly (an officer requests it).
        var supervisor = await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        var step = CaseWorkflow.GetSteps(await LoadCaseAsync(seeded.Id), supervisor)
            .First(s => s.Enabled && s.Data == StepData.Reason);
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement($".workflow-step[data-trigger={step.Trigger}] button").Click();
        provider.WaitForElement("button.step-confirm").Click();
        provider.WaitForAssertion(() => Assert.Contains("Wajib diisi.", provider.Find(".step-dialog").TextContent));
        provider.Find("#step-note").Change("Keluarga mencabut pengaduan; pekerja sudah pulang sendiri.");
        provider.Find("button.step-confirm").Click();

        cut.WaitForAssertion(() =>
            Assert.NotEqual(WorkflowText.Status(CaseStatus.Verification), cut.Find(".state-chip").TextContent.Trim()));
        var saved = await LoadCaseAsync(seeded.Id);
        Assert.NotEqual(CaseStatus.Verification, saved.Status);
        Assert.Equal(WorkflowText.Status(saved.Status), cut.Find(".state-chip").TextContent.Trim());
        var newest = cut.FindAll(".timeline-entry")[0].TextContent;
        var transition = $"{WorkflowText.Status(CaseStatus.Verification)} → {WorkflowText.Status(saved.Status)}";
        Assert.Contains(transition, newest);
        Assert.Contains(WorkflowText.Trigger(step.Trigger), newest);
        Assert.Contains("Keluarga mencabut pengaduan", newest);
        Assert.Contains(supervisor.DisplayName, newest);
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Severity == Severity.Success);
    }

    [Fact]
    public async Task CaseDetails_StepOnStaleVersion_WarnsAndReloadsWithoutApplying()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        var step = CaseWorkflow.GetSteps(await LoadCaseAsync(seeded.Id), Officer)
            .First(s => s.Enabled && s.Data == StepData.Reason);
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));
        cut.WaitForElement(".workflow-actions");

        await BumpVersionAsync(seeded.Id);
        cut.Find($".workflow-step[data-trigger={step.Trigger}] button").Click();
        provider.WaitForElement("#step-note").Change("Dicabut oleh keluarga.");
        provider.Find("button.step-confirm").Click();

        var snackbars = Services.GetRequiredService<ISnackbar>();
        cut.WaitForAssertion(() => Assert.Contains(snackbars.ShownSnackbars, s => s.Severity == Severity.Warning));
        Assert.Equal(CaseStatus.Verification, (await LoadCaseAsync(seeded.Id)).Status);
    }

    [Fact]
    public async Task CaseDetails_EditOnStaleVersion_ShowsConflictAndKeepsTheEdits()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));
        cut.WaitForElement("button.edit-case").Click();
        cut.WaitForElement("input#worker-name").Change("La Ode Hamsah Baru");

        await BumpVersionAsync(seeded.Id);
        cut.Find("button.save-edit").Click();

        cut.WaitForAssertion(() =>
            Assert.Contains("telah diubah oleh petugas lain", cut.Find(".edit-conflict").TextContent));
        Assert.Equal("La Ode Hamsah Baru", cut.FindComponent<CaseForm>().Instance.Input.WorkerName);
        Assert.Equal("La Ode Hamsah", (await LoadCaseAsync(seeded.Id)).WorkerName);
    }

    [Fact]
    public async Task CaseDetails_Edit_SavesChangesAndLeavesEditMode()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));
        cut.WaitForElement("button.edit-case").Click();
        cut.WaitForElement("input#worker-name").Change("La Ode Hamsah Baru");

        cut.Find("button.save-edit").Click();

        cut.WaitForAssertion(() => Assert.Contains("La Ode Hamsah Baru", cut.Find(".case-facts").TextContent));
        Assert.Empty(cut.FindAll("button.save-edit"));
        Assert.Equal("La Ode Hamsah Baru", (await LoadCaseAsync(seeded.Id)).WorkerName);
    }

    [Fact]
    public async Task CaseDetails_AddNote_AppearsOnTimeline()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement("#note-text").Change("Keluarga datang ke kantor membawa salinan paspor.");
        cut.Find("button.add-note-button").Click();

        cut.WaitForAssertion(() =>
            Assert.Contains("salinan paspor", cut.FindAll(".timeline-entry")[0].TextContent));
    }

    [Fact]
    public async Task CaseDetails_VerifyIdentity_ShowsWhoAndWhen()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForElement("button.verify-identity").Click();

        cut.WaitForAssertion(() =>
        {
            var chip = cut.Find(".identity-verified").TextContent;
            Assert.Contains(Officer.DisplayName, chip);
            Assert.Contains("WITA", chip);
        });
        Assert.Empty(cut.FindAll("button.verify-identity"));
        Assert.NotNull((await LoadCaseAsync(seeded.Id)).IdentityVerifiedAtUtc);
    }
}
