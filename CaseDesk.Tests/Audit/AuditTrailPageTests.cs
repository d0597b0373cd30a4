using System.Globalization;
using System.Security.Claims;
using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using CaseDesk.Web.Components.Pages.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CaseDesk.Tests.Audit;

/// <summary>The audit page against a real database holding a sign-in, a failed sign-in and a case edit.</summary>
public sealed class AuditTrailPageTests : BunitContext, IAsyncLifetime
{
    private TestDb db = null!;
    private Case edited = null!;

    public async Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        db = await TestDb.CreateAsync();
        var record = new RecordAuditEvent(db.Factory, new TestClock());
        await record.ExecuteAsync(new AuditRecord(AuditAction.SignIn, "u-1", "Ibu Kepala", "10.0.0.1",
            new { email = "kepala@test.local" }));
        await record.ExecuteAsync(new AuditRecord(AuditAction.SignInFailed, "-", "tamu@test.local", "10.0.0.9",
            new { email = "tamu@test.local", reason = "UnknownAccount" }));
        // Without intake consents: the trail holds only the actions these tests look at.
        edited = await db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Intake), withConsents: false);
        await using (var context = await db.Factory.CreateDbContextAsync())
        using (AuditScope.Begin(new AuditScope("u-1", "Ibu Kepala", "10.0.0.1")))
        {
            var c = await context.Cases.SingleAsync(x => x.Id == edited.Id);
            c.WorkerName = "Wa Ode Baru";
            c.UpdatedAtUtc = new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
            await context.SaveChangesAsync();
        }

        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(db.Factory);
        Services.AddTransient<AuditQueries>();
        Services.AddScoped<CaseDesk.Web.Accounts.CurrentUser>();
        var auth = AddAuthorization();
        auth.SetAuthorized("Ibu Kepala");
        auth.SetRoles(Roles.Head);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "u-1"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await db.DisposeAsync();
    }

    [Fact]
    public void Page_ListsEntriesNewestFirstWithLabelsAndReadableDetail()
    {
        Render<MudPopoverProvider>();
        var cut = Render<AuditTrail>();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=audit-grid] tbody tr").Count));
        var actions = cut.FindAll("[data-testid=audit-row-action]").Select(e => e.TextContent).ToList();
        Assert.Equal(["Data kasus diubah", "Gagal masuk", "Masuk aplikasi", "Kasus dibuat"], actions);
        var details = cut.FindAll("[data-testid=audit-row-detail]").Select(e => e.TextContent).ToList();
        Assert.Contains("Nama pekerja: \"" + WorkflowFixtures.Complete(CaseKind.Complaint).WorkerName
            + "\" → \"Wa Ode Baru\"", details[0], StringComparison.Ordinal);
        Assert.Contains("akun tidak dikenal", details[1], StringComparison.Ordinal);
        Assert.Contains(edited.ReferenceNumber, cut.Find("[data-testid=audit-grid] tbody tr").TextContent,
            StringComparison.Ordinal);
        Assert.Contains("10.0.0.9", cut.FindAll("[data-testid=audit-grid] tbody tr")[1].TextContent,
            StringComparison.Ordinal);
        // Read-only: no edit or delete anywhere on the page.
        Assert.Empty(cut.FindAll("button[aria-label*=Hapus], button[aria-label*=Ubah]"));
        Assert.DoesNotContain("Hapus", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_FilterByAction_ShowsOnlyThatAction()
    {
        Render<MudPopoverProvider>();
        var cut = Render<AuditTrail>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=audit-grid] tbody tr").Count));

        var select = cut.FindComponent<MudSelect<AuditAction?>>();
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(AuditAction.SignInFailed));

        cut.WaitForAssertion(() => Assert.Equal(["Gagal masuk"],
            cut.FindAll("[data-testid=audit-row-action]").Select(e => e.TextContent)));
    }

    [Fact]
    public async Task Queries_FilterByCaseReferenceTextAndPeriod_NarrowTheRows()
    {
        var queries = new AuditQueries(db.Factory);

        var byCase = await queries.SearchAsync(new AuditFilter(Case: edited.ReferenceNumber), 0, 50);
        var byText = await queries.SearchAsync(new AuditFilter(Text: "tamu@"), 0, 50);
        var byUser = await queries.SearchAsync(new AuditFilter(User: "kepala"), 0, 50);
        var past = await queries.SearchAsync(new AuditFilter(To: new DateOnly(2000, 1, 1)), 0, 50);

        Assert.Equal([AuditAction.CaseUpdated, AuditAction.CaseCreated], byCase.Items.Select(r => r.Action));
        Assert.Equal(AuditAction.SignInFailed, Assert.Single(byText.Items).Action);
        Assert.All(byUser.Items, r => Assert.Equal("Ibu Kepala", r.UserName));
        Assert.Equal(0, past.TotalCount);
    }
}
