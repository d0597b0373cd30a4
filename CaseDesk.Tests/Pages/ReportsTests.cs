using System.Globalization;
using Bunit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Reports;
using CaseDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ReportsPage = CaseDesk.Web.Components.Pages.Reports.Reports;

namespace CaseDesk.Tests.Pages;

/// <summary>The reports page over a real migrated SQLite database; "today" is 23 November 2026 (WITA).</summary>
public sealed class ReportsTests : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private TestDb _db = default!;

    // Set here, synchronously: a culture set inside an async method would not flow back to the test.
    public ReportsTests() =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");

    public async Task InitializeAsync()
    {
        _db = await TestDb.CreateAsync();
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(_db.Factory);
        Services.AddSingleton<TimeProvider>(new TestClock());
        Services.AddTransient<CaseQueries>();
        Services.AddTransient<MeetingReportQuery>();
        AddAuthorization().SetAuthorized("petugas@casedesk.local");
    }

    [Fact]
    public void Reports_Opened_OffersThisMonthUntilToday()
    {
        var cut = RenderReports();

        cut.WaitForAssertion(() => Assert.Equal("/reports/meeting.pdf?from=2026-11-01&to=2026-11-23",
            cut.Find("a[data-testid=report-open]").GetAttribute("href")));
        var open = cut.Find("a[data-testid=report-open]");
        Assert.Equal("_blank", open.GetAttribute("target"));
        Assert.Contains("Buka", open.TextContent);
        var download = cut.Find("a[data-testid=report-download]");
        Assert.Equal("/reports/meeting.pdf?from=2026-11-01&to=2026-11-23&download=1", download.GetAttribute("href"));
        Assert.True(download.HasAttribute("download"));
        Assert.Contains("Unduh", download.TextContent);
    }

    [Fact]
    public async Task Reports_FromAfterTo_ShowsIndonesianMessageAndNoLinks()
    {
        var cut = RenderReports();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("a[data-testid=report-open]")));

        var from = cut.FindComponents<MudDatePicker>()[0];
        await cut.InvokeAsync(() => from.Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 30)));

        cut.WaitForAssertion(() => Assert.Contains("Tanggal awal tidak boleh sesudah tanggal akhir.",
            cut.Find("[data-testid=report-problems]").TextContent));
        Assert.Empty(cut.FindAll("a[data-testid=report-open]"));
        Assert.Empty(cut.FindAll("a[data-testid=report-download]"));
        Assert.True(cut.Find("button[data-testid=report-open]").HasAttribute("disabled"));
        // The end date's field shows the message too.
        Assert.Contains("Tanggal awal tidak boleh sesudah tanggal akhir.", cut.FindComponents<MudDatePicker>()[1].Markup);
    }

    [Fact]
    public async Task Reports_EmptyDate_AsksForIt()
    {
        var cut = RenderReports();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("a[data-testid=report-open]")));

        var to = cut.FindComponents<MudDatePicker>()[1];
        await cut.InvokeAsync(() => to.Instance.DateChanged.InvokeAsync(null));

        cut.WaitForAssertion(() => Assert.Contains("Tanggal akhir wajib diisi.",
            cut.Find("[data-testid=report-problems]").TextContent));
    }

    [Fact]
    public void Reports_LastMonthPreset_LinksTheWholeMonth()
    {
        var cut = RenderReports();

        cut.Find("[data-testid=report-preset-LastMonth]").Click();

        cut.WaitForAssertion(() => Assert.Equal("/reports/meeting.pdf?from=2026-10-01&to=2026-10-31",
            cut.Find("a[data-testid=report-open]").GetAttribute("href")));
        cut.Find("[data-testid=report-preset-ThisQuarter]").Click();
        cut.WaitForAssertion(() => Assert.Equal("/reports/meeting.pdf?from=2026-10-01&to=2026-11-23",
            cut.Find("a[data-testid=report-open]").GetAttribute("href")));
        cut.Find("[data-testid=report-preset-ThisYear]").Click();
        cut.WaitForAssertion(() => Assert.Equal("/reports/meeting.pdf?from=2026-01-01&to=2026-11-23",
            cut.Find("a[data-testid=report-open]").GetAttribute("href")));
    }

    [Fact]
    public async Task Reports_ChooseRegency_AddsItToBothLinks()
    {
        var cut = RenderReports();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("a[data-testid=report-open]")));

        var select = cut.FindComponents<MudSelect<string>>().Single();
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("7414"));

        cut.WaitForAssertion(() => Assert.Equal("/reports/meeting.pdf?from=2026-11-01&to=2026-11-23&regency=7414",
            cut.Find("a[data-testid=report-open]").GetAttribute("href")));
        Assert.Equal("/reports/meeting.pdf?from=2026-11-01&to=2026-11-23&regency=7414&download=1",
            cut.Find("a[data-testid=report-download]").GetAttribute("href"));
        Assert.Contains("Buton Tengah", cut.Find("[data-testid=report-preview]").TextContent);
    }

    [Fact]
    public async Task Reports_Preview_ShowsTheFiguresOfTheQuery()
    {
        await AddCaseAsync("ADU-2026-000001", new DateTime(2026, 11, 3, 2, 0, 0, DateTimeKind.Utc), CaseStatus.Closed,
            settlement: 15_750_000);
        await AddCaseAsync("ADU-2026-000002", new DateTime(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc),
            CaseStatus.Verification);
        await AddCaseAsync("ADU-2026-000003", new DateTime(2026, 9, 10, 2, 0, 0, DateTimeKind.Utc),
            CaseStatus.Mediation);

        var cut = RenderReports();

        cut.WaitForAssertion(() => Assert.Contains("2",
            cut.Find("[data-testid=report-figure-received] .report-figure-value").TextContent));
        Assert.Equal("1", cut.Find("[data-testid=report-figure-closed] .report-figure-value").TextContent.Trim());
        Assert.Equal("2", cut.Find("[data-testid=report-figure-open] .report-figure-value").TextContent.Trim());
        var money = cut.Find("[data-testid=report-figure-money]").TextContent;
        Assert.Contains("Rp 15.750.000", money);
        Assert.Contains("lima belas juta tujuh ratus lima puluh ribu rupiah", money);
        Assert.Empty(cut.FindAll("[data-testid=report-loading]"));
    }

    [Fact]
    public void Reports_English_ShowsEnglishLabels()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        var cut = RenderReports();

        cut.WaitForAssertion(() => Assert.Contains("Open", cut.Find("a[data-testid=report-open]").TextContent));
        Assert.Contains("Coordination meeting report", cut.Markup);
        Assert.Contains("Last month", cut.Markup);
    }

    private IRenderedComponent<ReportsPage> RenderReports()
    {
        var host = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<ReportsPage>(1);
            builder.CloseComponent();
        });
        return host.FindComponent<ReportsPage>();
    }

    private async Task AddCaseAsync(string reference, DateTime createdUtc, CaseStatus status, long? settlement = null)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        var closed = !Case.IsOpenStatus(status);
        db.Cases.Add(new Case
        {
            ReferenceNumber = reference,
            Kind = CaseKind.Complaint,
            Status = status,
            Sector = Sector.IndividualEmployer,
            WorkerName = "Wa Ode Nurhayati",
            WorkerSex = Sex.Female,
            HomeRegencyCode = "7414",
            DestinationCountryCode = "MY",
            Category = ComplaintCategory.UnpaidWages,
            Channel = IntakeChannel.WalkIn,
            Narrative = "Gaji tidak dibayar selama enam bulan.",
            MediationOutcome = settlement is null ? null : MediationOutcome.Agreement,
            SettlementAmount = settlement,
            CreatedAtUtc = createdUtc,
            UpdatedAtUtc = createdUtc,
            ClosedAtUtc = closed ? createdUtc.AddDays(5) : null,
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
