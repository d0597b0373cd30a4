using System.Reflection;
using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Web.Components.Layout;
using CaseDesk.Web.Components.Pages.Closures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using CaseDetails = CaseDesk.Web.Components.Pages.Cases.CaseDetails;

namespace CaseDesk.Tests.Pages;

/// <summary>The supervisors' list of administrative-closure proposals and the banner on the case page.</summary>
public sealed class ClosureProposalsPageTests : CasePageTestBase
{
    /// <summary>42 days before the test clock's day (23 November 2026): 12 October 2026, 10:00 WITA.</summary>
    private static readonly DateTime Registered = new(2026, 10, 12, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>An intake whose identity was never verified, registered 42 days ago, and the scan that proposes it.</summary>
    private async Task<Case> IncompleteCaseProposedAsync()
    {
        var c = await SeedCaseAsync(x =>
        {
            x.Status = CaseStatus.Intake;
            x.CreatedAtUtc = x.UpdatedAtUtc = Registered;
        });
        await new ProposeAdministrativeClosures(Db.Factory, Clock).ExecuteAsync();
        return c;
    }

    private async Task<ClosureProposal> ProposalAsync()
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        return await db.ClosureProposals.AsNoTracking().SingleAsync();
    }

    [Fact]
    public void Page_IsForSupervisorsAndAdminsOnly()
    {
        var roles = typeof(ClosureProposals).GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Roles).OfType<string>()
            .SelectMany(r => r.Split(',')).ToList();

        Assert.Contains(Roles.Supervisor, roles);
        Assert.Contains(Roles.Admin, roles);
        Assert.DoesNotContain(Roles.Officer, roles);
    }

    [Fact]
    public async Task Closures_PendingProposal_ListsCaseWorkerRegencyReasonAndEvidence()
    {
        UseCulture("id-ID");
        var c = await IncompleteCaseProposedAsync();
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        Render<MudPopoverProvider>();

        var cut = Render<ClosureProposals>();

        var row = cut.WaitForElement("tr:has(.closure-row)");
        Assert.Equal($"cases/{c.Id}", row.QuerySelector("a.closure-case")!.GetAttribute("href"));
        Assert.Contains(c.ReferenceNumber, row.TextContent);
        Assert.Contains("La Ode Hamsah", row.TextContent);
        Assert.Contains("Buton Tengah", row.TextContent);
        Assert.Contains("Berkas tidak lengkap", row.QuerySelector(".closure-reason")!.TextContent);
        Assert.Contains("PS30-BERKAS", row.QuerySelector(".closure-reason")!.TextContent);
        Assert.Equal("Berkas belum lengkap sejak 12 Oktober 2026 (42 hari)",
            row.QuerySelector(".closure-evidence")!.TextContent.Trim());
        Assert.Empty(cut.FindAll(".closures-empty"));
    }

    [Fact]
    public async Task Closures_English_ShowsTheReasonAndEvidenceInEnglish()
    {
        UseCulture("en-US");
        await IncompleteCaseProposedAsync();
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        Render<MudPopoverProvider>();

        var cut = Render<ClosureProposals>();

        var row = cut.WaitForElement("tr:has(.closure-row)");
        Assert.Contains("Incomplete file", row.TextContent);
        Assert.Equal("File incomplete since 12 October 2026 (42 days)", row.QuerySelector(".closure-evidence")!.TextContent.Trim());
    }

    [Fact]
    public async Task Closures_NothingPending_ShowsTheEmptyState()
    {
        UseCulture("id-ID");
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);

        var cut = Render<ClosureProposals>();

        cut.WaitForAssertion(() => Assert.Contains("Tidak ada usulan penutupan", cut.Find(".closures-empty").TextContent));
    }

    [Fact]
    public async Task Closures_CheckNow_RunsTheScanAndListsTheNewProposal()
    {
        UseCulture("id-ID");
        await SeedCaseAsync(x => (x.Status, x.CreatedAtUtc) = (CaseStatus.Intake, Registered));
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        Render<MudPopoverProvider>();
        var snackbars = Render<MudSnackbarProvider>();
        var cut = Render<ClosureProposals>();
        cut.WaitForElement(".closures-empty");

        cut.Find("button.closures-scan").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tr:has(.closure-row)")));
        snackbars.WaitForAssertion(() =>
            Assert.Contains("Pemeriksaan selesai: 1 usulan baru, 0 usulan ditarik.", snackbars.Markup));
    }

    [Fact]
    public async Task Closures_ConfirmDialog_ClosesTheCaseIssuesTheLetterAndEmptiesTheList()
    {
        UseCulture("id-ID");
        var c = await IncompleteCaseProposedAsync();
        var supervisor = await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var snackbars = Render<MudSnackbarProvider>();
        var cut = Render<ClosureProposals>();

        cut.WaitForElement("button.closure-confirm-open").Click();
        Assert.Contains("tidak dapat dibatalkan", dialogs.WaitForElement(".irreversible-warning").TextContent);
        Assert.Contains("Terbitkan surat pemberitahuan penutupan", dialogs.Find(".closure-issue-letter").TextContent);
        Assert.True(dialogs.Find(".closure-issue-letter input").HasAttribute("checked")); // the letter is issued by default
        dialogs.Find("#closure-note").Change("Berkas tidak dilengkapi.");
        dialogs.Find("button.closure-confirm").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".closures-empty")));
        var saved = await LoadCaseAsync(c.Id);
        Assert.Equal((CaseStatus.Closed, AdministrativeClosureReason.IncompleteFile),
            (saved.Status, saved.AdministrativeClosureReason));
        var proposal = await ProposalAsync();
        Assert.Equal((ClosureProposalStatus.Confirmed, supervisor.UserId, "Berkas tidak dilengkapi."),
            (proposal.Status, proposal.DecidedById, proposal.DecisionNote));
        await using var db = await Db.Factory.CreateDbContextAsync();
        var letter = await db.Letters.SingleAsync();
        snackbars.WaitForAssertion(() => Assert.Contains(letter.Number, snackbars.Markup));
        Assert.Contains($"Kasus {c.ReferenceNumber} ditutup secara administratif.", snackbars.Markup);
    }

    [Fact]
    public async Task Closures_DismissDialog_RequiresAReasonThenDismisses()
    {
        UseCulture("id-ID");
        var c = await IncompleteCaseProposedAsync();
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ClosureProposals>();

        cut.WaitForElement("button.closure-dismiss-open").Click();
        dialogs.WaitForElement("button.dismiss-confirm").Click();

        dialogs.WaitForAssertion(() =>
            Assert.Contains("Alasan penolakan wajib diisi.", dialogs.Find(".dismiss-closure-dialog").TextContent));
        Assert.Equal(ClosureProposalStatus.Pending, (await ProposalAsync()).Status);

        dialogs.Find("#dismiss-reason").Change("Keluarga sedang mengurus dokumen di Disdukcapil.");
        dialogs.Find("button.dismiss-confirm").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".closures-empty")));
        var proposal = await ProposalAsync();
        Assert.Equal((ClosureProposalStatus.Dismissed, "Keluarga sedang mengurus dokumen di Disdukcapil."),
            (proposal.Status, proposal.DecisionNote));
        Assert.Equal(CaseStatus.Intake, (await LoadCaseAsync(c.Id)).Status);
    }

    [Fact]
    public async Task NavMenu_Supervisor_ShowsTheProposalsLinkWithThePendingCount()
    {
        UseCulture("id-ID");
        await IncompleteCaseProposedAsync();
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);

        var cut = Render<NavMenu>();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find(".pending-closures-count").TextContent.Trim()));
        Assert.Contains("closures", cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href")));
        Assert.Contains("Usulan penutupan", cut.Markup);
    }

    [Fact]
    public void NavMenu_Officer_HasNoProposalsLink()
    {
        UseCulture("id-ID");

        var cut = Render<NavMenu>();

        Assert.DoesNotContain("closures", cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task CaseDetails_PendingProposalForAnOfficer_ShowsTheBannerReadOnly()
    {
        UseCulture("id-ID");
        var c = await IncompleteCaseProposedAsync();
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, c.Id));

        var banner = cut.WaitForElement(".closure-banner");
        Assert.Contains("Berkas tidak lengkap (PS30-BERKAS)", banner.TextContent);
        Assert.Contains("Berkas belum lengkap sejak 12 Oktober 2026 (42 hari)", banner.TextContent);
        Assert.Contains("Menunggu keputusan penyelia.", banner.TextContent);
        Assert.Empty(cut.FindAll("button.closure-confirm-open"));
        Assert.Contains(CaseText.Label(CaseEventType.ClosureProposed), cut.Find(".case-timeline").TextContent);
    }

    [Fact]
    public async Task CaseDetails_SupervisorConfirmsFromTheBanner_ClosesTheCaseWithTheCodeOnTheTimeline()
    {
        UseCulture("id-ID");
        var c = await IncompleteCaseProposedAsync();
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, c.Id));

        cut.WaitForElement(".closure-banner button.closure-confirm-open").Click();
        dialogs.WaitForElement("button.closure-confirm").Click();

        cut.WaitForAssertion(() => Assert.Equal(WorkflowTextStatusClosed(), cut.Find(".state-chip").TextContent.Trim()));
        Assert.Empty(cut.FindAll(".closure-banner"));
        var timeline = cut.Find(".case-timeline").TextContent;
        Assert.Contains("Ditutup secara administratif berdasarkan Peraturan Badan Nomor 6 Tahun 2024 Pasal 30 " +
            "(kode PS30-BERKAS)", timeline);
        Assert.Contains("Tutup secara administratif", timeline);
        Assert.Contains("Berkas tidak lengkap (PS30-BERKAS)", cut.Markup);
    }

    [Fact]
    public async Task CaseDetails_NoPendingProposal_ShowsNoBanner()
    {
        UseCulture("id-ID");
        var c = await SeedCaseAsync();
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, c.Id));

        cut.WaitForElement(".case-timeline");
        Assert.Empty(cut.FindAll(".closure-banner"));
    }

    private static string WorkflowTextStatusClosed() => Core.Workflow.WorkflowText.Status(CaseStatus.Closed);
}
