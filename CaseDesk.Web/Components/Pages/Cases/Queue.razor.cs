using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Exports;
using CaseDesk.Core.Workflow;
using CaseDesk.Web.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CaseDesk.Web.Components.Pages.Cases;

/// <summary>
/// The case queue. Filters live in the URL (/cases?regency=7414&amp;urgency=Urgent…) so a link or a refresh keeps
/// them; paging and sorting run in the database through <see cref="CaseQueries.GetQueueAsync"/>.
/// </summary>
public sealed partial class Queue
{
    private static readonly int[] pageSizes = [25, 50, 100];

    private MudDataGrid<CaseQueueRow>? grid;
    // A new key re-creates the grid, which starts again at page 1 and loads with the new filter.
    private int gridGeneration;
    private QueueQuery applied = QueueQuery.Default;
    private IReadOnlyList<Option> regencies = [];
    private Actor? actor;
    private CaseScope? scope;
    private bool loadFailed;
    private int? takingId;
    private string? sortBy;
    private bool sortDescending;

    private IReadOnlyList<Option> countries = [];
    private IReadOnlyList<Option> officers = [];

    [Inject] private CaseQueries Queries { get; set; } = default!;
    [Inject] private AssignCase Assign { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ILogger<Queue> Logger { get; set; } = default!;
    [Inject] private IStringLocalizer<Queue> L { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> Shared { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "kind")] public string? KindQuery { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string? StatusQuery { get; set; }
    [SupplyParameterFromQuery(Name = "urgency")] public string? UrgencyQuery { get; set; }
    [SupplyParameterFromQuery(Name = "regency")] public string? RegencyQuery { get; set; }
    [SupplyParameterFromQuery(Name = "category")] public string? CategoryQuery { get; set; }
    [SupplyParameterFromQuery(Name = "mine")] public bool? MineQuery { get; set; }
    [SupplyParameterFromQuery(Name = "open")] public bool? OpenQuery { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? SearchQuery { get; set; }
    [SupplyParameterFromQuery(Name = "due")] public string? DueQuery { get; set; }
    [SupplyParameterFromQuery(Name = "sector")] public string? SectorQuery { get; set; }
    [SupplyParameterFromQuery(Name = "country")] public string? CountryQuery { get; set; }
    [SupplyParameterFromQuery(Name = "officer")] public string? OfficerQuery { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? FromQuery { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? ToQuery { get; set; }
    [SupplyParameterFromQuery(Name = "closedFrom")] public string? ClosedFromQuery { get; set; }
    [SupplyParameterFromQuery(Name = "closedTo")] public string? ClosedToQuery { get; set; }

    private bool HasFilters => applied != QueueQuery.Default;

    protected override async Task OnInitializedAsync()
    {
        actor = await CurrentUser.GetActorAsync();
        try
        {
            regencies = await Queries.GetRegenciesAsync();
            countries = await Queries.GetCountriesAsync();
            officers = await Queries.GetOfficersAsync();
            scope = await Queries.ScopeAsync(actor);
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Loading the regency list failed.");
            Snackbar.Add(L["LoadFailed"], Severity.Error);
        }
    }

    protected override void OnParametersSet()
    {
        // Only a changed URL overrides the filters: a re-render with the same query must not undo a pending change.
        var fromUrl = QueueQuery.FromQuery(name => name switch
        {
            "kind" => KindQuery,
            "status" => StatusQuery,
            "urgency" => UrgencyQuery,
            "regency" => RegencyQuery,
            "category" => CategoryQuery,
            "mine" => MineQuery?.ToString(),
            "open" => OpenQuery?.ToString(),
            "q" => SearchQuery,
            "due" => DueQuery,
            "sector" => SectorQuery,
            "country" => CountryQuery,
            "officer" => OfficerQuery,
            "from" => FromQuery,
            "to" => ToQuery,
            "closedFrom" => ClosedFromQuery,
            "closedTo" => ClosedToQuery,
            _ => null,
        });
        if (fromUrl != applied)
        {
            Apply(fromUrl);
        }
    }

    private async Task<GridData<CaseQueueRow>> LoadAsync(GridState<CaseQueueRow> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        sortBy = sort?.SortBy;
        sortDescending = sort?.Descending ?? false;
        var page = sort is null
            ? new PageRequest(state.Page, state.PageSize)
            : new PageRequest(state.Page, state.PageSize, ToQueueSort(sort.SortBy), sort.Descending);
        try
        {
            actor ??= await CurrentUser.GetActorAsync();
            var result = await Queries.GetQueueAsync(BuildFilter(), page, actor, ct);
            loadFailed = false;
            return new GridData<CaseQueueRow> { Items = result.Items, TotalItems = result.TotalCount };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Loading the case queue failed.");
            loadFailed = true;
            Snackbar.Add(L["LoadFailed"], Severity.Error);
            return new GridData<CaseQueueRow> { Items = [], TotalItems = 0 };
        }
    }

    private CaseQueueFilter BuildFilter() => applied.ToFilter(actor?.UserId);

    private async Task TakeAsync(CaseQueueRow row)
    {
        if (actor is null || takingId is not null)
        {
            return;
        }

        takingId = row.Id;
        try
        {
            var result = await Assign.ExecuteAsync(row.Id, actor.UserId, actor);
            if (result.Succeeded)
            {
                Snackbar.Add(string.Format(L["Taken"], row.ReferenceNumber), Severity.Success);
            }
            else
            {
                Snackbar.Add(string.Format(L["TakeFailed"], row.ReferenceNumber), Severity.Warning);
            }
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Assigning case {CaseId} failed.", row.Id);
            Snackbar.Add(string.Format(L["TakeFailed"], row.ReferenceNumber), Severity.Error);
        }
        finally
        {
            takingId = null;
        }

        await Reload();
    }

    /// <summary>Exports what the queue shows now: the applied filters (the grid's sort does not matter, exports are
    /// newest first).</summary>
    private Task ExportAsync(ExportFormat format) =>
        Dialogs.ShowAsync<ExportDialog>(null, new DialogParameters<ExportDialog>
        {
            { d => d.Query, applied },
            { d => d.Format, format },
        }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });

    private Task Reload() => grid?.ReloadServerData() ?? Task.CompletedTask;

    private void KindChanged(CaseKind? value) => Change(applied with { Kind = value });
    private void StatusChanged(CaseStatus? value) => Change(applied with { Status = value });
    private void UrgencyChanged(Urgency? value) => Change(applied with { Urgency = value });
    private void RegencyChanged(string? value) => Change(applied with { Regency = value });
    private void CategoryChanged(ComplaintCategory? value) => Change(applied with { Category = value });
    private void SectorChanged(Sector? value) => Change(applied with { Sector = value });
    private void MineChanged(bool value) => Change(applied with { Mine = value, Officer = value ? null : applied.Officer });
    private void OpenOnlyChanged(bool value) => Change(applied with { OpenOnly = value });
    private void DueChanged(DueFilter? value) => Change(applied with { Due = value });
    private void RemoveCountry() => Change(applied with { Country = null });
    private void RemoveOfficer() => Change(applied with { Officer = null });
    private void RemoveCreated() => Change(applied with { From = null, To = null });
    private void RemoveClosed() => Change(applied with { ClosedFrom = null, ClosedTo = null });

    private void SearchChanged(string? value) =>
        Change(applied with { Search = string.IsNullOrWhiteSpace(value) ? null : value.Trim() });

    private void ClearFilters() => Change(QueueQuery.Default);

    private void Change(QueueQuery query)
    {
        if (query == applied)
        {
            return;
        }

        Apply(query);
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query.ToQueryParameters()), replace: true);
    }

    private void Apply(QueueQuery query)
    {
        applied = query;
        gridGeneration++;
    }

    private SortDirection Direction(string column) =>
        sortBy != column ? SortDirection.None : sortDescending ? SortDirection.Descending : SortDirection.Ascending;

    private static QueueSort ToQueueSort(string column) => column switch
    {
        nameof(CaseQueueRow.ReferenceNumber) => QueueSort.ReferenceNumber,
        nameof(CaseQueueRow.WorkerName) => QueueSort.WorkerName,
        nameof(CaseQueueRow.Status) => QueueSort.Status,
        nameof(CaseQueueRow.Urgency) => QueueSort.Urgency,
        nameof(CaseQueueRow.RegencyName) => QueueSort.Regency,
        _ => QueueSort.CreatedAt,
    };

    private void OpenRow(DataGridRowClickEventArgs<CaseQueueRow> click) =>
        Navigation.NavigateTo($"cases/{click.Item.Id}");

    private static string RowClass(CaseQueueRow row, int index) =>
        row.Urgency == Urgency.Urgent ? "cd-row-urgent" : "";

    private static string KindText(CaseKind? value) => value is { } v ? CaseText.Label(v) : "";
    private static string StatusText(CaseStatus? value) => value is { } v ? WorkflowText.Status(v) : "";
    private static string UrgencyText(Urgency? value) => value is { } v ? CaseText.Label(v) : "";
    private static string CategoryText(ComplaintCategory? value) => value is { } v ? CaseText.Label(v) : "";
    private static string SectorText(Sector? value) => value is { } v ? CaseText.Label(v) : "";

    private string CountryText(string code) => countries.FirstOrDefault(c => c.Code == code)?.Name ?? code;
    private string OfficerText(string id) => officers.FirstOrDefault(o => o.Code == id)?.Name ?? id;

    private static string RangeText(DateOnly? from, DateOnly? to) =>
        $"{(from is { } f ? CaseDates.DateText(f) : "…")} – {(to is { } t ? CaseDates.DateText(t) : "…")}";

    private string DueText(DueFilter? value) => value switch
    {
        DueFilter.Overdue => L["DueOverdue"],
        DueFilter.Soon => L["DueSoon"],
        _ => "",
    };

    private string RegencyText(string? code) =>
        code is null ? "" : regencies.FirstOrDefault(r => r.Code == code)?.Name ?? code;
}
