using System.Globalization;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CaseDesk.Web.Components.Pages.Admin;

/// <summary>
/// The holiday table (national holidays and collective leave) the working-day clocks count with. Only admins edit
/// it; every change recomputes the open cases' due dates, and the snackbar says how many moved.
/// </summary>
public sealed partial class Holidays
{
    private IReadOnlyList<int> years = [];
    private IReadOnlyList<HolidayRow> rows = [];
    private int year;
    private bool loading = true;
    private bool loadFailed;
    private Actor? actor;

    [Inject] private HolidayQueries Queries { get; set; } = default!;
    [Inject] private DeleteHoliday Delete { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ILogger<Holidays> Logger { get; set; } = default!;
    [Inject] private IStringLocalizer<Holidays> L { get; set; } = default!;

    /// <summary>Weekdays the office is closed in the shown year.</summary>
    private int WorkingDaysLost => rows.Count(r => !r.OnWeekend);

    protected override async Task OnInitializedAsync()
    {
        actor = await CurrentUser.GetActorAsync();
        year = OfficeTime.Today(Clock).Year;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        loading = true;
        try
        {
            var stored = await Queries.GetYearsAsync();
            // This year and the next are always offered, so the admin can enter a new year's decree.
            years = [.. stored.Append(OfficeTime.Today(Clock).Year).Append(OfficeTime.Today(Clock).Year + 1).Append(year)
                .Distinct().Order()];
            rows = await Queries.GetYearAsync(year);
            loadFailed = false;
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Loading the holidays failed.");
            loadFailed = true;
        }
        finally
        {
            loading = false;
        }
    }

    private async Task SelectYearAsync(int value)
    {
        year = value;
        await LoadAsync();
    }

    private Task AddAsync() => OpenDialogAsync(null);

    private Task EditAsync(HolidayRow row) => OpenDialogAsync(row);

    private async Task OpenDialogAsync(HolidayRow? row)
    {
        if (actor is null)
        {
            return;
        }

        var parameters = new DialogParameters<HolidayDialog>
        {
            { d => d.Holiday, row },
            { d => d.Actor, actor },
            { d => d.DefaultDate, row is null && year != OfficeTime.Today(Clock).Year ? new DateOnly(year, 1, 1) : null },
        };
        var dialog = await Dialogs.ShowAsync<HolidayDialog>(row is null ? L["Add"] : L["Edit"], parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: HolidayResult result })
        {
            Snackbar.Add(L["Saved", result.CasesRescheduled], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task DeleteAsync(HolidayRow row)
    {
        if (actor is null)
        {
            return;
        }

        var confirm = await Dialogs.ShowAsync<ConfirmDialog>(L["Delete"], new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, L["DeleteQuestion", row.Name, DateText(row.Date)].Value },
            { d => d.ConfirmText, L["Delete"].Value },
            { d => d.CancelText, L["Cancel"].Value },
            { d => d.Color, Color.Error },
        });
        if (await confirm.Result is not { Canceled: false })
        {
            return;
        }

        try
        {
            var result = await Delete.ExecuteAsync(row.Date, actor);
            Snackbar.Add(result.Succeeded ? L["Deleted", result.CasesRescheduled] : L["DeleteFailed"],
                result.Succeeded ? Severity.Success : Severity.Warning);
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Deleting the holiday on {Date} failed.", row.Date);
            Snackbar.Add(L["DeleteFailed"], Severity.Error);
        }

        await LoadAsync();
    }

    // Estimated dates of lunar holidays were seeded with this marker until the decree for the year is known.
    private static bool IsEstimate(HolidayRow row) => row.Name.Contains("perkiraan", StringComparison.OrdinalIgnoreCase);

    private static string DateText(DateOnly date) => date.ToString("dddd, d MMMM yyyy", CultureInfo.CurrentUICulture);
}
