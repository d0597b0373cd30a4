using System.Reflection;
using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Approvals;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Workflow;
using CaseDesk.Web.Components.Layout;
using CaseDesk.Web.Components.Pages.Approvals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using ApprovalsPage = CaseDesk.Web.Components.Pages.Approvals.Approvals;
using CaseDetails = CaseDesk.Web.Components.Pages.Cases.CaseDetails;

namespace CaseDesk.Tests.Pages;

/// <summary>The approval queue, the case page's approval banner and the officer's request wording.</summary>
public sealed class ApprovalsPageTests : CasePageTestBase
{
    private const string Reason = "Pengadu menyatakan mencabut pengaduan melalui surat pernyataan.";

    /// <summary>A complaint in verification whose withdrawal the (default) officer asked the supervisor to approve.
    /// </summary>
    private async Task<Case> WithdrawalRequestedAsync()
    {
        var c = await SeedCaseAsync();
        var result = await new RequestApproval(Db.Factory, Clock).ExecuteAsync(c.Id, CaseTrigger.Withdraw,
            new StepInput { Note = Reason }, c.Version, Officer);
        Assert.True(result.Succeeded, string.Join("; ", result.Messages));
        return c;
    }

    private async Task<ApprovalRequest> RequestAsync()
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        return await db.ApprovalRequests.AsNoTracking().SingleAsync();
    }

    [Fact]
    public void Page_IsForSupervisorsHeadsAndAdminsOnly()
    {
        var roles = typeof(ApprovalsPage).GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Roles).OfType<string>()
            .SelectMany(r => r.Split(',')).ToList();

        Assert.Equal([Roles.Supervisor, Roles.Head, Roles.Admin], roles);
    }

    [Fact]
    public async Task CaseDetails_OfficerWithdraws_ButtonAndDialogSayRequest_ThenBannerAndStepsWait()
    {
        UseCulture("id-ID");
        var c = await SeedCaseAsync();
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, c.Id));

        var button = cut.WaitForElement("[data-trigger='Withdraw'] button.step-button");
        Assert.Equal("Ajukan pencabutan", button.TextContent.Trim());
        button.Click();
        Assert.Contains("diajukan kepada Kepala Seksi", dialogs.WaitForElement(".needs-approval").TextContent);
        Assert.Empty(dialogs.FindAll(".irreversible-warning"));
        dialogs.Find("#step-note").Change(Reason);
        dialogs.Find("button.step-confirm").Click();

        var banner = cut.WaitForElement(".approval-banner");
        Assert.Contains("Menunggu persetujuan Kepala Seksi: Pencabutan pengaduan, diajukan oleh Wa Ode Nurhayati",
            banner.TextContent);
        Assert.Contains(Reason, banner.TextContent);
        Assert.NotEmpty(cut.FindAll("button.approval-cancel"));
        Assert.Empty(cut.FindAll("button.approval-approve"));
        Assert.All(cut.FindAll("button.step-button"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.NotEmpty(cut.FindAll(".step-pending-approval"));
        Assert.Equal(CaseStatus.Verification, (await LoadCaseAsync(c.Id)).Status);
        Assert.Equal((ApprovalStatus.Pending, CaseTrigger.Withdraw), ((await RequestAsync()).Status, (await RequestAsync()).Trigger));
        Assert.Contains(CaseText.Label(CaseEventType.ApprovalRequested), cut.Find(".case-timeline").TextContent);
    }

    [Fact]
    public async Task CaseDetails_RequesterCancels_BannerGoesAndStepsReturn()
    {
        UseCulture("id-ID");
        var c = await WithdrawalRequestedAsync();
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, c.Id));

        cut.WaitForElement("button.approval-cancel").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".approval-banner")));
        Assert.Equal(ApprovalStatus.Cancelled, (await RequestAsync()).Status);
        Assert.False(cut.Find("[data-trigger='Withdraw'] button.step-button").HasAttribute("disabled"));
    }

    [Fact]
    public async Task CaseDetails_SupervisorApprovesFromTheBannerAfterConfirming_CaseIsWithdrawn()
    {
        UseCulture("id-ID");
        var c = await WithdrawalRequestedAsync();
        var supervisor = await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, c.Id));
        Assert.Empty(cut.WaitForElement(".approval-banner").QuerySelectorAll("button.approval-cancel"));

        cut.Find("button.approval-approve").Click();
        Assert.Contains("tidak dapat dibatalkan", dialogs.WaitForElement(".mud-dialog").TextContent);
        Assert.Equal(CaseStatus.Verification, (await LoadCaseAsync(c.Id)).Status); // nothing before confirming
        dialogs.Find("button.confirm-yes").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".approval-banner")));
        Assert.Equal(CaseStatus.Withdrawn, (await LoadCaseAsync(c.Id)).Status);
        var request = await RequestAsync();
        Assert.Equal((ApprovalStatus.Approved, supervisor.UserId), (request.Status, request.DecidedById));
    }

    [Fact]
    public async Task Approvals_NothingPending_ShowsTheEmptyState()
    {
        UseCulture("id-ID");
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);

        var cut = Render<ApprovalsPage>();

        cut.WaitForAssertion(() =>
            Assert.Contains("Tidak ada permohonan yang menunggu persetujuan.", cut.Find(".approvals-empty").TextContent));
    }

    [Fact]
    public async Task Approvals_PendingRequest_ListsItAndApproveWithdrawsTheCase()
    {
        UseCulture("id-ID");
        var c = await WithdrawalRequestedAsync();
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var snackbars = Render<MudSnackbarProvider>();
        var cut = Render<ApprovalsPage>();

        var row = cut.WaitForElement("tr:has(.approval-row)");
        Assert.Equal($"cases/{c.Id}", row.QuerySelector("a.approval-case")!.GetAttribute("href"));
        Assert.Contains(c.ReferenceNumber, row.TextContent);
        Assert.Equal("Pencabutan pengaduan", row.QuerySelector(".approval-step")!.TextContent.Trim());
        Assert.Equal("Wa Ode Nurhayati", row.QuerySelector(".approval-requester")!.TextContent.Trim());
        Assert.Equal(Reason, row.QuerySelector(".approval-note")!.TextContent.Trim());
        Assert.Contains(CaseDesk.Web.Components.Pages.Cases.CaseDates.DateTimeText(Clock.GetUtcNow().UtcDateTime),
            row.TextContent);

        cut.Find("button.approval-approve").Click();
        dialogs.WaitForElement("button.confirm-yes").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".approvals-empty")));
        Assert.Equal(CaseStatus.Withdrawn, (await LoadCaseAsync(c.Id)).Status);
        snackbars.WaitForAssertion(() => Assert.Contains(c.ReferenceNumber, snackbars.Markup));
    }

    [Fact]
    public async Task Approvals_ReturnDialog_RequiresAReasonThenReturns()
    {
        UseCulture("id-ID");
        var c = await WithdrawalRequestedAsync();
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ApprovalsPage>();

        cut.WaitForElement("button.approval-return").Click();
        dialogs.WaitForElement("button.return-confirm").Click();

        dialogs.WaitForAssertion(() =>
            Assert.Contains("Alasan pengembalian wajib diisi.", dialogs.Find(".return-approval-dialog").TextContent));
        Assert.Equal(ApprovalStatus.Pending, (await RequestAsync()).Status);

        dialogs.Find("#return-reason").Change("Lampirkan surat pernyataan pencabutan.");
        dialogs.Find("button.return-confirm").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".approvals-empty")));
        var request = await RequestAsync();
        Assert.Equal((ApprovalStatus.Returned, "Lampirkan surat pernyataan pencabutan."),
            (request.Status, request.DecisionReason));
        Assert.Equal(CaseStatus.Verification, (await LoadCaseAsync(c.Id)).Status);
    }

    [Fact]
    public async Task NavMenu_Supervisor_ShowsTheApprovalsLinkWithThePendingCount()
    {
        UseCulture("id-ID");
        await WithdrawalRequestedAsync();
        await SignInAsync("La Ode Rusdin", Roles.Supervisor);

        var cut = Render<NavMenu>();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find(".pending-approvals-count").TextContent.Trim()));
        Assert.Contains("approvals", cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task NotificationsMenu_ApprovalKinds_RenderInTheReadersLanguage()
    {
        UseCulture("id-ID");
        var c = await WithdrawalRequestedAsync();
        var supervisor = await SignInAsync("La Ode Rusdin", Roles.Supervisor);
        await using (var db = await Db.Factory.CreateDbContextAsync())
        {
            db.Notifications.Add(new CaseDesk.Core.Notifications.Notification
            {
                UserId = supervisor.UserId,
                Kind = CaseDesk.Core.Notifications.NotificationKind.ApprovalRequested,
                CaseId = c.Id,
                CaseReference = c.ReferenceNumber,
                CreatedAtUtc = Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationsMenu>();
        cut.WaitForElement("[data-testid=notifications-button]").Click();

        popovers.WaitForAssertion(() => Assert.Equal($"Permohonan persetujuan baru untuk kasus {c.ReferenceNumber}",
            popovers.Find(".cd-notification-text").TextContent.Trim()));
    }
}
