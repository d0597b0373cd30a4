using System.Globalization;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Dashboard;
using CaseDesk.Web.Components.Pages.Cases;
using CaseDesk.Web.Components.Pages.Reports;
using CaseDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CaseDesk.Web.Components.Pages.Dashboard;

/// <summary>
/// The supervisors' dashboard. Filters live in the URL (/dashboard?from=…&amp;to=…&amp;regency=…&amp;kind=…&amp;sector=…)
/// so a link or a refresh keeps them; figures come from <see cref="DashboardQuery"/> and every bar, count and key
/// figure opens the queue filtered to the cases it counts (<see cref="DashboardLinks"/>).
/// </summary>
public sealed partial class Dashboard : IDisposable
{
    /// <summary>Who sees the dashboard: supervisors, administrators and the head of the office.</summary>
    public const string AllowedRoles = Core.Accounts.Roles.Supervisor + "," + Core.Accounts.Roles.Admin + "," + Core.Accounts.Roles.Head;

    private DateOnly today;
    private DateOnly? from;
    private DateOnly? to;
    private string? regency;
    private CaseKind? kind;
    private Sector? sector;
    private string? problem;
    private DashboardFilter? applied;
    private DashboardData? data;
    private bool loading;
    private bool failed;
    private CancellationTokenSource? load;
    private IReadOnlyList<Option> regencies = [];

    [Inject] private DashboardQuery Query { get; set; } = default!;
    [Inject] private CaseQueries Queries { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ILogger<Dashboard> Logger { get; set; } = default!;
    [Inject] private IStringLocalizer<Dashboard> L { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "from")] public string? FromQuery { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? ToQuery { get; set; }
    [SupplyParameterFromQuery(Name = "regency")] public string? RegencyQuery { get; set; }
    [SupplyParameterFromQuery(Name = "kind")] public string? KindQuery { get; set; }
    [SupplyParameterFromQuery(Name = "sector")] public string? SectorQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        today = OfficeTime.Today(Clock);
        try
        {
            regencies = await Queries.GetRegenciesAsync();
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Loading the regency list failed.");
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // Only a changed URL replaces the choices; without dates the period is this month until today.
        var (defaultFrom, defaultTo) = ReportPresets.Range(ReportPreset.ThisMonth, today);
        var fromUrl = (From: QueueQuery.ParseDate(FromQuery) ?? defaultFrom, To: QueueQuery.ParseDate(ToQuery) ?? defaultTo,
            Regency: string.IsNullOrWhiteSpace(RegencyQuery) ? null : RegencyQuery.Trim(),
            Kind: QueueQuery.Parse<CaseKind>(KindQuery), Sector: QueueQuery.Parse<Sector>(SectorQuery));
        if (fromUrl != (from, to, regency, kind, sector))
        {
            (from, to, regency, kind, sector) = fromUrl;
            await RefreshAsync(updateUrl: false);
        }
    }

    private Task ApplyPresetAsync(ReportPreset preset)
    {
        (from, to) = ReportPresets.Range(preset, today);
        return RefreshAsync();
    }

    private bool IsPreset(ReportPreset preset) =>
        from is { } start && to is { } end && ReportPresets.Range(preset, today) == (start, end);

    private Task FromChanged(DateTime? date)
    {
        from = CaseDates.ToDateOnly(date);
        return RefreshAsync();
    }

    private Task ToChanged(DateTime? date)
    {
        to = CaseDates.ToDateOnly(date);
        return RefreshAsync();
    }

    private Task RegencyChanged(string? code)
    {
        regency = string.IsNullOrWhiteSpace(code) ? null : code;
        return RefreshAsync();
    }

    private Task KindChanged(CaseKind? value)
    {
        kind = value;
        return RefreshAsync();
    }

    private Task SectorChanged(Sector? value)
    {
        sector = value;
        return RefreshAsync();
    }

    /// <summary>Checks the period, writes the choices into the URL and loads the figures; a newer choice cancels an
    /// older load.</summary>
    private async Task RefreshAsync(bool updateUrl = true)
    {
        load?.Cancel();
        load = null;
        loading = false;
        failed = false;
        problem = from is null || to is null ? L["PeriodMissing"].Value : from > to ? L["PeriodInvalid"].Value : null;
        if (problem is not null)
        {
            applied = null;
            data = null;
            return;
        }

        applied = new DashboardFilter(from!.Value, to!.Value, regency, kind, sector);
        if (updateUrl)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
            {
                ["from"] = QueueQuery.Format(applied.From),
                ["to"] = QueueQuery.Format(applied.To),
                ["regency"] = applied.RegencyCode,
                ["kind"] = applied.Kind?.ToString(),
                ["sector"] = applied.Sector?.ToString(),
            }), replace: true);
        }

        var current = load = new CancellationTokenSource();
        loading = true;
        try
        {
            var result = await Query.GetAsync(applied, current.Token);
            if (!current.IsCancellationRequested)
            {
                data = result;
            }
        }
        catch (OperationCanceledException) when (current.IsCancellationRequested)
        {
            // A newer choice replaced this one.
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Loading the dashboard failed.");
            if (!current.IsCancellationRequested)
            {
                failed = true;
                data = null;
                Snackbar.Add(L["LoadFailed"], Severity.Error);
            }
        }
        finally
        {
            if (ReferenceEquals(load, current))
            {
                loading = false;
                load = null;
            }

            current.Dispose();
        }
    }

    private List<ChartBar> TrendRows(DashboardData d) =>
    [
        .. d.Trend.Select(m => new ChartBar(m.Month.ToString("MMM yyyy", CultureInfo.CurrentCulture),
        [
            new ChartValue(m.New, Queue(DashboardLinks.MonthNew(d.Filter, m))),
            new ChartValue(m.Closed, Queue(DashboardLinks.MonthClosed(d.Filter, m))),
        ])),
    ];

    private static List<ChartBar> RegencyRows(DashboardData d) =>
        [.. d.ByRegency.Select(r => One(r.Label, r.Count, DashboardLinks.Regency(d.Filter, r.Key)))];

    private static List<ChartBar> CategoryRows(DashboardData d) =>
        [.. d.ByCategory.Select(r => One(r.Label, r.Count,
            DashboardLinks.Category(d.Filter, Enum.Parse<ComplaintCategory>(r.Key))))];

    private List<ChartBar> CountryRows(DashboardData d) =>
        [.. d.ByCountry.Select(r => One(r.Key == DashboardQuery.OtherCountriesKey ? L["OtherCountries"] : r.Label,
            r.Count, DashboardLinks.Country(d.Filter, r.Key)))];

    private List<ChartBar> AgeRows(DashboardData d) =>
        [.. d.Ageing.Select((b, i) => One(L[$"Age_{i}"], b.Count, DashboardLinks.Age(d.Filter, b)))];

    private List<ChartBar> WorkloadRows(DashboardData d) =>
    [
        .. d.Workload.Select(w => new ChartBar(w.Name ?? L["Unassigned"],
        [
            new ChartValue(w.Open, QueueOrNull(DashboardLinks.OfficerOpen(d.Filter, w))),
            new ChartValue(w.Overdue, QueueOrNull(DashboardLinks.OfficerOverdue(d.Filter, w))),
        ])),
    ];

    private static ChartBar One(string label, int count, QueueQuery? query) =>
        new(label, [new ChartValue(count, QueueOrNull(query))]);

    private static string Queue(QueueQuery query) => DashboardLinks.Queue(query);

    private static string? QueueOrNull(QueueQuery? query) => query is null ? null : DashboardLinks.Queue(query);

    private string PeriodText(DashboardFilter f) => L["PeriodText", Display.Date(f.From), Display.Date(f.To),
        f.RegencyCode is null ? L["AllRegencies"] : RegencyText(f.RegencyCode)];

    private string MedianText(double? days) =>
        days is { } d ? L["Kpi_MedianValue", d.ToString("0.#", CultureInfo.CurrentCulture)] : L["NoValue"];

    private string ShareText(double? share) =>
        share is { } s ? (s * 100).ToString("0.#", CultureInfo.CurrentCulture) + "%" : L["NoValue"];

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private string RegencyText(string? code) =>
        code is null ? "" : regencies.FirstOrDefault(r => r.Code == code)?.Name ?? code;

    private static string KindText(CaseKind? value) => value is { } v ? CaseText.Label(v) : "";

    private static string SectorText(Sector? value) => value is { } v ? CaseText.Label(v) : "";

    // The running load disposes its own token source when it ends.
    public void Dispose() => load?.Cancel();

    /// <summary>Exports the cases registered in the period under the dashboard's filters, through the same dialog as
    /// the queue (count, optional personal data for supervisors, progress).</summary>
    private Task ExportAsync(CaseDesk.Core.Exports.ExportFormat format) => applied is not { } filter
        ? Task.CompletedTask
        : Dialogs.ShowAsync<Cases.ExportDialog>(null, new DialogParameters<Cases.ExportDialog>
        {
            { d => d.Query, DashboardLinks.Registered(filter) },
            { d => d.Format, format },
        }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
}
