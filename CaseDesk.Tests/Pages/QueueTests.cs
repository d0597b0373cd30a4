using System.Globalization;
using System.Security.Claims;
using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CaseDesk.Tests.Pages;

/// <summary>
/// The queue page over a real migrated SQLite database: rows come through the real <see cref="CaseQueries"/>.
/// </summary>
public sealed class QueueTests : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private TestDb _db = default!;
    private Actor _officer = default!;

    // Set here, synchronously: a culture set inside an async method would not flow back to the test.
    public QueueTests() =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");

    public async Task InitializeAsync()
    {
        _db = await TestDb.CreateAsync();
        _officer = await _db.AddUserAsync("Wa Ode Sitti", Roles.Officer);

        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSupplyValueFromQueryProvider();
        Services.AddSingleton(_db.Factory);
        Services.AddSingleton<TimeProvider>(new TestClock());
        Services.AddTransient<CaseQueries>();
        Services.AddTransient<AssignCase>();
        Services.AddScoped<CurrentUser>();
        var auth = AddAuthorization();
        // SetRoles rebuilds the principal without claims: roles first.
        auth.SetAuthorized(_officer.DisplayName).SetRoles(Roles.Officer).SetClaims(
            new Claim(ClaimTypes.NameIdentifier, _officer.UserId),
            new Claim(CurrentUser.DisplayNameClaim, _officer.DisplayName));
    }

    [Fact]
    public async Task Queue_WithCases_ShowsOneRowPerOpenCase()
    {
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin", urgency: Urgency.Urgent);
        await AddCaseAsync("ADU-2026-0002", "Wa Ode Nurhayati");
        await AddCaseAsync("MED-2026-0001", "Hasan Basri", kind: CaseKind.Mediation, status: CaseStatus.Closed);

        var cut = RenderQueue();

        cut.WaitForAssertion(() => Assert.Equal(2, Rows(cut).Count));
        Assert.Contains(Rows(cut), r => r.TextContent.Contains("ADU-2026-0001") && r.TextContent.Contains("Mendesak"));
        Assert.Single(cut.FindAll("tr.cd-row-urgent"));
        Assert.Equal("cases/1", cut.FindAll("a.cd-ref").Single(a => a.TextContent == "ADU-2026-0001").GetAttribute("href"));
    }

    [Fact]
    public async Task Queue_UrlQueryParameters_AreApplied()
    {
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin", regency: "7414", urgency: Urgency.Urgent);
        await AddCaseAsync("ADU-2026-0002", "Wa Ode Nurhayati", regency: "7414");
        await AddCaseAsync("ADU-2026-0003", "Hasan Basri", regency: "7471", urgency: Urgency.Urgent);

        Services.GetRequiredService<NavigationManager>().NavigateTo("cases?regency=7414&urgency=Urgent");
        var cut = RenderQueue();

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));
        Assert.Contains("ADU-2026-0001", Rows(cut)[0].TextContent);
    }

    [Fact]
    public async Task Queue_ClosedCasesLink_ShowsThemWhenOpenOnlyIsOff()
    {
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin");
        await AddCaseAsync("ADU-2026-0002", "Wa Ode Nurhayati", status: CaseStatus.Closed);

        Services.GetRequiredService<NavigationManager>().NavigateTo("cases?open=false");
        var cut = RenderQueue();

        cut.WaitForAssertion(() => Assert.Equal(2, Rows(cut).Count));
    }

    [Fact]
    public async Task Queue_SearchText_NarrowsRowsAndUpdatesUrl()
    {
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin");
        await AddCaseAsync("ADU-2026-0002", "Wa Ode Nurhayati");
        var cut = RenderQueue();
        cut.WaitForAssertion(() => Assert.Equal(2, Rows(cut).Count));

        cut.Find("input[data-testid=queue-search], [data-testid=queue-search] input").Input("Nurhayati");

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)), TimeSpan.FromSeconds(5));
        Assert.Contains("ADU-2026-0002", Rows(cut)[0].TextContent);
        Assert.Contains("q=Nurhayati", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Queue_ChooseUrgency_ShowsOnlyUrgentCases()
    {
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin", urgency: Urgency.Urgent);
        await AddCaseAsync("ADU-2026-0002", "Wa Ode Nurhayati");
        var cut = RenderQueue();
        cut.WaitForAssertion(() => Assert.Equal(2, Rows(cut).Count));

        var urgencySelect = cut.FindComponents<MudSelect<Urgency?>>().Single();
        await cut.InvokeAsync(() => urgencySelect.Instance.ValueChanged.InvokeAsync(Urgency.Urgent));

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));
        Assert.Contains("ADU-2026-0001", Rows(cut)[0].TextContent);
        Assert.Contains("urgency=Urgent", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Queue_AssignedToMe_ShowsOnlyMyCases()
    {
        var colleague = await _db.AddUserAsync("Rahmat", Roles.Officer);
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin", officerId: _officer.UserId);
        await AddCaseAsync("ADU-2026-0002", "Wa Ode Nurhayati", officerId: colleague.UserId);
        await AddCaseAsync("ADU-2026-0003", "Hasan Basri");
        var cut = RenderQueue();
        cut.WaitForAssertion(() => Assert.Equal(3, Rows(cut).Count));

        cut.Find("input[data-testid=queue-mine], [data-testid=queue-mine] input").Change(true);

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));
        Assert.Contains("ADU-2026-0001", Rows(cut)[0].TextContent);
    }

    [Fact]
    public async Task Queue_NoMatchingCases_ShowsEmptyStateWithClearFilters()
    {
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin", regency: "7471");

        Services.GetRequiredService<NavigationManager>().NavigateTo("cases?regency=7414");
        var cut = RenderQueue();

        cut.WaitForAssertion(() =>
            Assert.Contains("Belum ada kasus yang cocok dengan filter ini", cut.Find("[data-testid=queue-empty]").TextContent));
        cut.Find("[data-testid=queue-empty-clear]").Click();

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));
        Assert.DoesNotContain("regency=", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Queue_EnglishCulture_ShowsEnglishHeaders()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin");

        var cut = RenderQueue();

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));
        var headers = cut.FindAll("th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains(headers, h => h.StartsWith("Case number", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.StartsWith("Worker", StringComparison.Ordinal));
        Assert.Contains("Case queue", cut.Find("h1").TextContent);
    }

    [Fact]
    public async Task Queue_TakeUnassignedCase_AssignsItToMe()
    {
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin");
        var cut = RenderQueue();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=queue-take]")));

        cut.Find("[data-testid=queue-take]").Click();

        cut.WaitForAssertion(() => Assert.Contains(_officer.DisplayName, Rows(cut)[0].TextContent));
        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(_officer.UserId, db.Cases.Single().AssignedOfficerId);
    }

    [Fact]
    public async Task Queue_ClickOnRow_OpensTheCase()
    {
        await AddCaseAsync("ADU-2026-0001", "La Ode Baharudin");
        var cut = RenderQueue();
        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));

        Rows(cut)[0].QuerySelector("td:nth-child(3)")!.Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        Assert.EndsWith("/cases/1", navigation.Uri, StringComparison.Ordinal);
    }

    // The test clock's today is Monday 23 November 2026 (WITA).
    private async Task AddDueCasesAsync()
    {
        await AddCaseAsync("ADU-2026-0001", "Terlambat", dueOn: new DateOnly(2026, 11, 20));
        await AddCaseAsync("ADU-2026-0002", "Hari Ini", dueOn: new DateOnly(2026, 11, 23));
        await AddCaseAsync("ADU-2026-0003", "Besok", dueOn: new DateOnly(2026, 11, 24));
        await AddCaseAsync("ADU-2026-0004", "Nanti", dueOn: new DateOnly(2026, 12, 10));
        await AddCaseAsync("ADU-2026-0005", "Menunggu", waitingFor: WaitingFor.Representation);
    }

    [Fact]
    public async Task Queue_DueOverdueInUrl_ShowsOnlyOverdueCases()
    {
        await AddDueCasesAsync();

        Services.GetRequiredService<NavigationManager>().NavigateTo("cases?due=overdue");
        var cut = RenderQueue();

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));
        Assert.Contains("ADU-2026-0001", Rows(cut)[0].TextContent);
        Assert.Equal("Terlambat 1 hari kerja", cut.Find(".cd-due-overdue").TextContent.Trim());
    }

    [Fact]
    public async Task Queue_DueSoonInUrl_ShowsCasesDueWithinTwoWorkingDays()
    {
        await AddDueCasesAsync();
        await AddCaseAsync("ADU-2026-0006", "Lusa", dueOn: new DateOnly(2026, 11, 25));
        await AddCaseAsync("ADU-2026-0007", "Kamis", dueOn: new DateOnly(2026, 11, 26));

        Services.GetRequiredService<NavigationManager>().NavigateTo("cases?due=soon");
        var cut = RenderQueue();

        cut.WaitForAssertion(() => Assert.Equal(3, Rows(cut).Count));
        var text = string.Join("|", Rows(cut).Select(r => r.TextContent));
        Assert.Contains("ADU-2026-0002", text);
        Assert.Contains("ADU-2026-0003", text);
        Assert.Contains("ADU-2026-0006", text);
        Assert.Contains("Tenggat hari ini", text);
    }

    [Fact]
    public async Task Queue_OpenCases_ShowADueBadgeEach()
    {
        await AddDueCasesAsync();
        var cut = RenderQueue();

        cut.WaitForAssertion(() => Assert.Equal(5, Rows(cut).Count));
        Assert.Single(cut.FindAll(".cd-due-overdue"));
        Assert.Equal(2, cut.FindAll(".cd-due-soon").Count);
        Assert.Equal("13 hari kerja lagi", cut.Find(".cd-due-later").TextContent.Trim());
        Assert.Equal("Ditunda", cut.Find(".cd-due-paused").TextContent.Trim());
    }

    [Fact]
    public async Task Queue_ChooseOverdue_FiltersAndUpdatesUrl()
    {
        await AddDueCasesAsync();
        var cut = RenderQueue();
        cut.WaitForAssertion(() => Assert.Equal(5, Rows(cut).Count));

        var dueSelect = cut.FindComponents<MudSelect<DueFilter?>>().Single();
        await cut.InvokeAsync(() => dueSelect.Instance.ValueChanged.InvokeAsync(DueFilter.Overdue));

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));
        Assert.Contains("due=overdue", Services.GetRequiredService<NavigationManager>().Uri);
    }

    private IRenderedComponent<Queue> RenderQueue()
    {
        var host = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<Queue>(1);
            builder.CloseComponent();
        });
        return host.FindComponent<Queue>();
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<Queue> cut) =>
        cut.FindAll("tbody tr.mud-table-row").Where(r => r.QuerySelector("a.cd-ref") is not null).ToList();

    private async Task AddCaseAsync(string reference, string worker, CaseKind kind = CaseKind.Complaint,
        CaseStatus status = CaseStatus.Intake, Urgency urgency = Urgency.Normal, string regency = "7414",
        string? officerId = null, DateOnly? dueOn = null, WaitingFor? waitingFor = null)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        var now = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc).AddMinutes(await db.Cases.CountAsync());
        db.Cases.Add(new Case
        {
            ReferenceNumber = reference,
            Kind = kind,
            Status = status,
            Sector = Sector.IndividualEmployer,
            WorkerName = worker,
            WorkerSex = Sex.Female,
            HomeRegencyCode = regency,
            DestinationCountryCode = "MY",
            Category = urgency == Urgency.Urgent ? ComplaintCategory.ViolenceAbuse : ComplaintCategory.UnpaidWages,
            Channel = IntakeChannel.WalkIn,
            Narrative = "Gaji tidak dibayar selama enam bulan.",
            Urgency = urgency,
            AssignedOfficerId = officerId,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            ClosedAtUtc = Case.IsOpenStatus(status) ? null : now,
            DueOn = dueOn,
            WaitingFor = waitingFor,
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
