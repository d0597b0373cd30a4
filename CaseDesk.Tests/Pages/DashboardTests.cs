using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Dashboard;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Components.Layout;
using CaseDesk.Web.Components.Pages.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using DashboardPage = CaseDesk.Web.Components.Pages.Dashboard.Dashboard;
using HomePage = CaseDesk.Web.Components.Pages.Home;

namespace CaseDesk.Tests.Pages;

/// <summary>The dashboard over a real migrated SQLite database; "today" is 23 November 2026 (WITA).</summary>
public sealed class DashboardTests : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private TestDb _db = default!;
    private BunitAuthorizationContext _auth = default!;

    // Set here, synchronously: a culture set inside an async method would not flow back to the test.
    public DashboardTests() =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    public async Task InitializeAsync()
    {
        _db = await TestDb.CreateAsync();
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSupplyValueFromQueryProvider();
        Services.AddSingleton(_db.Factory);
        Services.AddSingleton<TimeProvider>(new TestClock());
        Services.AddTransient<CaseQueries>();
        Services.AddTransient<DashboardQuery>();
        Services.AddTransient<CaseDesk.Core.Exports.CaseExportQuery>();
        Services.AddScoped<CaseDesk.Web.Accounts.CurrentUser>();
        Services.AddTransient<CaseDesk.Core.Closures.ClosureQueries>();
        Services.AddScoped<CaseDesk.Web.Components.Pages.Closures.ClosureProposalsChanged>();
        Services.AddTransient<CaseDesk.Core.Approvals.ApprovalQueries>();
        Services.AddScoped<CaseDesk.Web.Components.Pages.Approvals.ApprovalsChanged>();
        _auth = AddAuthorization();
        _auth.SetAuthorized("La Ode Rusdin").SetRoles(Roles.Supervisor);
        _auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "supervisor-1"),
            new System.Security.Claims.Claim(CaseDesk.Web.Accounts.CurrentUser.DisplayNameClaim, "La Ode Rusdin"));
    }

    [Fact]
    public async Task Dashboard_Opened_ShowsThisMonthsKeyFiguresFormattedInIndonesian()
    {
        await SeedNovemberAsync();

        var cut = RenderDashboard();

        cut.WaitForAssertion(() => Assert.Equal("3", Kpi(cut, "open")));
        Assert.Equal("4", Kpi(cut, "new"));
        Assert.Equal("1", Kpi(cut, "closed"));
        Assert.Equal("1", Kpi(cut, "overdue"));
        Assert.Equal("Rp 15.750.000", Kpi(cut, "money"));
        Assert.Equal("75%", Kpi(cut, "nonprocedural"));
        Assert.Contains("3 dari 4 kasus baru", cut.Find("[data-testid=dash-kpi-nonprocedural]").TextContent);
        Assert.Equal("5 hari", Kpi(cut, "median"));
        Assert.Contains("1 Nov 2026", cut.Find("[data-testid=dash-period]").TextContent);
        Assert.Contains("23 Nov 2026", cut.Find("[data-testid=dash-period]").TextContent);
        Assert.Contains("Seluruh provinsi", cut.Find("[data-testid=dash-period]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=dash-loading]"));
        Assert.Empty(cut.FindAll("[data-testid=dash-empty]"));
    }

    [Fact]
    public async Task Dashboard_ShareOfNonProcedural_UsesADecimalComma()
    {
        for (var i = 0; i < 8; i++)
        {
            await AddCaseAsync($"ADU-2026-00001{i}", new DateTime(2026, 11, 2 + i, 2, 0, 0, DateTimeKind.Utc),
                CaseStatus.Verification, nonProcedural: i == 0);
        }

        var cut = RenderDashboard();

        cut.WaitForAssertion(() => Assert.Equal("12,5%", Kpi(cut, "nonprocedural")));
    }

    [Fact]
    public async Task Dashboard_ClickRegencyCount_OpensTheQueueOfThatRegencysNewCases()
    {
        await SeedNovemberAsync();
        var cut = RenderDashboard();
        cut.WaitForAssertion(() => Assert.Equal(17, cut.FindAll("[data-testid=dash-regency] tbody tr").Count));

        // Kemendagri order: Buton Tengah (7414) is the 14th regency.
        var row = cut.Find("[data-testid=dash-regency-row-13]");
        Assert.Contains("Buton Tengah", row.TextContent);
        cut.Find("a[data-testid=dash-regency-link-13-0]").Click();

        Assert.Equal("http://localhost/cases?regency=7414&open=false&from=2026-11-01&to=2026-11-23", Navigation.Uri);
    }

    [Fact]
    public async Task Dashboard_ClickBar_OpensTheQueueBehindIt()
    {
        await SeedNovemberAsync();
        var cut = RenderDashboard();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=dash-trend] tbody tr")));
        var trend = cut.FindComponents<BarChartCard>().Single(c => c.Instance.TestId == "dash-trend");

        // One month, two series drawn one after the other: bar 1 is November's closed cases.
        await cut.InvokeAsync(() => trend.Instance.BarClicked(1, 2));

        Assert.Equal("http://localhost/cases?open=false&closedFrom=2026-11-01&closedTo=2026-11-23", Navigation.Uri);
    }

    [Fact]
    public async Task Dashboard_ClickRegencyBar_OpensThatRegencysQueue()
    {
        await SeedNovemberAsync();
        var cut = RenderDashboard();
        cut.WaitForAssertion(() => Assert.Equal(17, cut.FindAll("[data-testid=dash-regency] tbody tr").Count));
        var regency = cut.FindComponents<BarChartCard>().Single(c => c.Instance.TestId == "dash-regency");

        // A click the chart cannot place (not every bar drawn) goes nowhere.
        await cut.InvokeAsync(() => regency.Instance.BarClicked(2, 5));
        Assert.Equal("http://localhost/dashboard", Navigation.Uri);

        await cut.InvokeAsync(() => regency.Instance.BarClicked(15, 17));
        Assert.Equal("http://localhost/cases?regency=7471&open=false&from=2026-11-01&to=2026-11-23", Navigation.Uri);
    }

    [Fact]
    public async Task Dashboard_DrillDownLinks_CarryTheDashboardsFilters()
    {
        await SeedNovemberAsync();
        var officer = await _db.AddUserAsync("Andi Pratama", Roles.Officer);
        await AddCaseAsync("ADU-2026-000009", new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc),
            CaseStatus.Verification, officerId: officer.UserId, dueOn: new DateOnly(2026, 11, 20));
        Navigation.NavigateTo("dashboard?kind=Complaint&sector=IndividualEmployer");

        var cut = RenderDashboard();

        cut.WaitForAssertion(() => Assert.Equal("4", Kpi(cut, "open")));
        Assert.Equal("cases?kind=Complaint&sector=IndividualEmployer",
            cut.Find("[data-testid=dash-kpi-open] a").GetAttribute("href"));
        Assert.Equal("cases?kind=Complaint&due=overdue&sector=IndividualEmployer",
            cut.Find("[data-testid=dash-kpi-overdue] a").GetAttribute("href"));
        Assert.Equal("cases?kind=Complaint&open=false&sector=IndividualEmployer&closedFrom=2026-11-01&closedTo=2026-11-23",
            cut.Find("[data-testid=dash-kpi-closed] a").GetAttribute("href"));
        // Category, country, ageing and workload.
        Assert.Equal("cases?kind=Complaint&category=UnpaidWages&open=false&sector=IndividualEmployer&from=2026-11-01&to=2026-11-23",
            cut.Find("a[data-testid=dash-category-link-0-0]").GetAttribute("href"));
        Assert.Equal("cases?kind=Complaint&open=false&sector=IndividualEmployer&country=MY&from=2026-11-01&to=2026-11-23",
            cut.Find("a[data-testid=dash-country-link-0-0]").GetAttribute("href"));
        Assert.Equal("cases?kind=Complaint&sector=IndividualEmployer&from=2026-10-24&to=2026-11-23",
            cut.Find("a[data-testid=dash-ageing-link-0-0]").GetAttribute("href"));
        Assert.Equal("cases?kind=Complaint&sector=IndividualEmployer&to=2026-08-24",
            cut.Find("a[data-testid=dash-ageing-link-3-0]").GetAttribute("href"));
        var andi = cut.FindAll("[data-testid=dash-workload] tbody tr").Single(r => r.TextContent.Contains("Andi Pratama"));
        Assert.Equal([$"cases?kind=Complaint&sector=IndividualEmployer&officer={officer.UserId}",
            $"cases?kind=Complaint&due=overdue&sector=IndividualEmployer&officer={officer.UserId}"],
            andi.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var unassigned = cut.FindAll("[data-testid=dash-workload] tbody tr").Single(r => r.TextContent.Contains("Belum ditugaskan"));
        Assert.Empty(unassigned.QuerySelectorAll("a")); // the queue has no filter for cases nobody has taken
        // The exports take the same filter (the cases registered in the period) through the queue's export dialog.
        Assert.Contains("Ekspor Excel", cut.Find("[data-testid=dash-export-xlsx]").TextContent);
        cut.Find("button[data-testid=dash-export-csv]").Click();
        var dialog = Host.WaitForComponent<CaseDesk.Web.Components.Pages.Cases.ExportDialog>();
        Assert.Equal("kind=Complaint&open=false&sector=IndividualEmployer&from=2026-11-01&to=2026-11-23",
            dialog.Instance.Query.ToQueryString());
        Assert.Equal(CaseDesk.Core.Exports.ExportFormat.Csv, dialog.Instance.Format);
        dialog.WaitForAssertion(() => Assert.Matches(@"memilih \d+ kasus", dialog.Find("[data-testid=export-count]").TextContent));
    }

    [Fact]
    public async Task Dashboard_UrlFilters_AreAppliedAndCountOnlyMatchingCases()
    {
        await SeedNovemberAsync();
        await AddCaseAsync("PUL-2026-000001", new DateTime(2026, 10, 5, 2, 0, 0, DateTimeKind.Utc),
            CaseStatus.Coordinating, kind: CaseKind.Repatriation, regency: "7471");
        Navigation.NavigateTo("dashboard?from=2026-10-01&to=2026-10-31&regency=7471&kind=Repatriation");

        var cut = RenderDashboard();

        cut.WaitForAssertion(() => Assert.Equal("1", Kpi(cut, "new")));
        Assert.Equal("1", Kpi(cut, "open"));
        Assert.Contains("Kota Kendari", cut.Find("[data-testid=dash-period]").TextContent);
        var regencyRow = Assert.Single(cut.FindAll("[data-testid=dash-regency] tbody tr"));
        Assert.Contains("Kota Kendari", regencyRow.TextContent);
        Assert.Contains(CaseText.Label(CaseKind.Repatriation), cut.FindComponents<MudSelect<CaseKind?>>().Single().Markup);
    }

    [Fact]
    public async Task Dashboard_ChoosePresetAndKind_WritesThemIntoTheUrl()
    {
        await SeedNovemberAsync();
        var cut = RenderDashboard();
        cut.WaitForAssertion(() => Assert.Equal("4", Kpi(cut, "new")));

        cut.Find("[data-testid=dash-preset-LastMonth]").Click();

        cut.WaitForAssertion(() => Assert.Equal("0", Kpi(cut, "new")));
        Assert.Equal("http://localhost/dashboard?from=2026-10-01&to=2026-10-31", Navigation.Uri);
        var kind = cut.FindComponents<MudSelect<CaseKind?>>().Single();
        await cut.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(CaseKind.Mediation));
        cut.WaitForAssertion(() =>
            Assert.Equal("http://localhost/dashboard?from=2026-10-01&to=2026-10-31&kind=Mediation", Navigation.Uri));
    }

    [Fact]
    public void Dashboard_NoCases_ShowsTheEmptyStateAndNoCharts()
    {
        var cut = RenderDashboard();

        cut.WaitForAssertion(() => Assert.Contains("Belum ada kasus untuk pilihan ini.",
            cut.Find("[data-testid=dash-empty]").TextContent));
        Assert.Empty(cut.FindComponents<BarChartCard>());
        Assert.Equal("0", Kpi(cut, "open"));
        Assert.Equal("–", Kpi(cut, "median"));
        Assert.Equal("–", Kpi(cut, "nonprocedural"));
    }

    [Fact]
    public async Task Dashboard_FromAfterTo_ExplainsAndShowsNoFigures()
    {
        await SeedNovemberAsync();
        var cut = RenderDashboard();
        cut.WaitForAssertion(() => Assert.Equal("4", Kpi(cut, "new")));

        var from = cut.FindComponents<MudDatePicker>()[0];
        await cut.InvokeAsync(() => from.Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 30)));

        cut.WaitForAssertion(() => Assert.Contains("Tanggal awal tidak boleh sesudah tanggal akhir.", cut.Markup));
        Assert.Empty(cut.FindAll("[data-testid=dash-kpi-new]"));
        Assert.Empty(cut.FindAll("a[data-testid=dash-export-csv]"));
    }

    [Fact]
    public async Task Dashboard_English_ShowsEnglishLabels()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        await SeedNovemberAsync();

        var cut = RenderDashboard();

        cut.WaitForAssertion(() => Assert.Contains("Open cases", cut.Find("[data-testid=dash-kpi-open]").TextContent));
        Assert.Contains("New cases by regency/city", cut.Markup);
        Assert.Contains("Not assigned", cut.Find("[data-testid=dash-workload]").TextContent);
        Assert.Contains("Export Excel", cut.Markup);
        Assert.Equal("5 days", Kpi(cut, "median"));
    }

    [Fact]
    public void Dashboard_IsForSupervisorsAdminsAndTheHeadOnly()
    {
        var roles = typeof(DashboardPage).GetCustomAttributes(typeof(AuthorizeAttribute), true)
            .Cast<AuthorizeAttribute>().Single(a => a.Roles is not null).Roles!.Split(',');

        Assert.Equal([Roles.Supervisor, Roles.Admin, "Head"], roles);
        Assert.DoesNotContain(Roles.Officer, roles);
    }

    [Theory]
    [InlineData(Roles.Supervisor, true)]
    [InlineData(Roles.Admin, true)]
    [InlineData("Head", true)]
    [InlineData(Roles.Officer, false)]
    public void NavMenu_DashboardLink_OnlyForItsRoles(string role, bool shown)
    {
        _auth.SetRoles(role);

        var cut = Render<NavMenu>();

        Assert.Equal(shown, cut.FindAll("[data-testid=nav-dashboard]").Count == 1);
    }

    [Theory]
    [InlineData(Roles.Supervisor, "http://localhost/dashboard")]
    [InlineData("Head", "http://localhost/dashboard")]
    [InlineData(Roles.Officer, "http://localhost/cases")]
    public void Home_StartPage_DependsOnTheRole(string role, string start)
    {
        _auth.SetRoles(role);

        Render<HomePage>();

        Assert.Equal(start, Navigation.Uri);
    }

    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> Host { get; set; } = null!;

    private IRenderedComponent<DashboardPage> RenderDashboard()
    {
        if (Navigation.ToBaseRelativePath(Navigation.Uri).Length == 0)
        {
            Navigation.NavigateTo("dashboard");
        }

        var host = Host = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<DashboardPage>(1);
            builder.CloseComponent();
        });
        return host.FindComponent<DashboardPage>();
    }

    private static string Kpi(IRenderedComponent<DashboardPage> cut, string key) =>
        cut.Find($"[data-testid=dash-kpi-{key}] .cd-kpi-value").TextContent.Trim();

    /// <summary>November 2026: four new complaints (three non-procedural), one closed after 5 days with a settlement,
    /// one overdue; plus an older open case from September.</summary>
    private async Task SeedNovemberAsync()
    {
        await AddCaseAsync("ADU-2026-000001", new DateTime(2026, 11, 3, 2, 0, 0, DateTimeKind.Utc), CaseStatus.Closed,
            settlement: 15_750_000, nonProcedural: true);
        await AddCaseAsync("ADU-2026-000002", new DateTime(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc),
            CaseStatus.Verification, dueOn: new DateOnly(2026, 11, 20), nonProcedural: true);
        await AddCaseAsync("ADU-2026-000003", new DateTime(2026, 11, 12, 2, 0, 0, DateTimeKind.Utc),
            CaseStatus.Verification, dueOn: new DateOnly(2026, 12, 1), nonProcedural: true);
        await AddCaseAsync("ADU-2026-000004", new DateTime(2026, 11, 12, 3, 0, 0, DateTimeKind.Utc), CaseStatus.Rejected);
        await AddCaseAsync("ADU-2026-000005", new DateTime(2026, 9, 10, 2, 0, 0, DateTimeKind.Utc), CaseStatus.Mediation);
    }

    private async Task AddCaseAsync(string reference, DateTime createdUtc, CaseStatus status, long? settlement = null,
        bool nonProcedural = false, DateOnly? dueOn = null, CaseKind kind = CaseKind.Complaint, string regency = "7414",
        string? officerId = null)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        db.Cases.Add(new Case
        {
            ReferenceNumber = reference,
            Kind = kind,
            Status = status,
            Sector = Sector.IndividualEmployer,
            NonProcedural = nonProcedural,
            WorkerName = "Wa Ode Nurhayati",
            WorkerSex = Sex.Female,
            HomeRegencyCode = regency,
            DestinationCountryCode = "MY",
            Category = ComplaintCategory.UnpaidWages,
            Channel = IntakeChannel.WalkIn,
            Narrative = "Gaji tidak dibayar selama enam bulan.",
            MediationOutcome = settlement is null ? null : MediationOutcome.Agreement,
            SettlementAmount = settlement,
            AssignedOfficerId = officerId,
            DueOn = dueOn,
            CreatedAtUtc = createdUtc,
            UpdatedAtUtc = createdUtc,
            ClosedAtUtc = status == CaseStatus.Closed ? createdUtc.AddDays(5) : null,
        });
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeTestAsync();

    private async Task DisposeTestAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        // MudBlazor's services are only IAsyncDisposable; xunit 2 would call the synchronous Dispose.
        await DisposeAsync();
        await _db.DisposeAsync();
    }
}
