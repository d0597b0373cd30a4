using System.Globalization;
using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CaseDesk.Web.Components.Pages.Admin;

/// <summary>
/// The accounts: admins create them (there is no self-registration), set roles, disable and enable them and set a
/// temporary password. Every action re-checks the admin role in Core; these buttons are only the way there.
/// </summary>
public sealed partial class Users
{
    private IReadOnlyList<UserRow> rows = [];
    private bool loading = true;
    private bool loadFailed;
    private bool busy;
    private Actor? actor;
    private IReadOnlyDictionary<string, IReadOnlyList<string>> regions = new Dictionary<string, IReadOnlyList<string>>();
    private IReadOnlyList<Option> regencies = [];

    [Inject] private UserQueries Queries { get; set; } = default!;
    [Inject] private UserRegionQueries RegionQueries { get; set; } = default!;
    [Inject] private CaseQueries CaseQueries { get; set; } = default!;
    [Inject] private CaseAccess Access { get; set; } = default!;
    [Inject] private DisableUser Disable { get; set; } = default!;
    [Inject] private EnableUser Enable { get; set; } = default!;
    [Inject] private ResetUserTwoFactor ResetTwoFactor { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ILogger<Users> Logger { get; set; } = default!;
    [Inject] private IStringLocalizer<Users> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        actor = await CurrentUser.GetActorAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        loading = true;
        try
        {
            rows = await Queries.ListAsync(actor!);
            regions = await RegionQueries.ListAsync(actor!);
            if (regencies.Count == 0)
            {
                regencies = await CaseQueries.GetRegenciesAsync();
            }

            loadFailed = false;
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Loading the users failed.");
            loadFailed = true;
        }
        finally
        {
            loading = false;
        }
    }

    private async Task AddAsync()
    {
        if (actor is null)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<NewUserDialog>(L["Add"],
            new DialogParameters<NewUserDialog> { { d => d.Actor, actor } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string name })
        {
            Snackbar.Add(L["Created", name], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task ChangeRolesAsync(UserRow row)
    {
        if (actor is null)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<UserRolesDialog>(L["ChangeRolesOf", row.DisplayName],
            new DialogParameters<UserRolesDialog> { { d => d.User, row }, { d => d.Actor, actor } },
            new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["RolesChanged", row.DisplayName], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task ChangeRegionsAsync(UserRow row)
    {
        if (actor is null)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<UserRegionsDialog>(L["ChangeRegionsOf", row.DisplayName],
            new DialogParameters<UserRegionsDialog>
            {
                { d => d.User, row },
                { d => d.Actor, actor },
                { d => d.Regencies, regencies },
                { d => d.Current, regions.GetValueOrDefault(row.Id, []) },
                { d => d.RegionalAssignment, Access.RegionalAssignment },
            },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["RegionsChanged", row.DisplayName], Severity.Success);
            await LoadAsync();
        }
    }

    private string RegionsText(string userId) =>
        regions.GetValueOrDefault(userId) is { Count: > 0 } codes
            ? string.Join(", ", codes.Select(c => regencies.FirstOrDefault(r => r.Code == c)?.Name ?? c))
            : L["NoRegions"];

    private async Task ResetPasswordAsync(UserRow row)
    {
        if (actor is null)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<ResetPasswordDialog>(L["ResetPasswordOf", row.DisplayName],
            new DialogParameters<ResetPasswordDialog> { { d => d.User, row }, { d => d.Actor, actor } },
            new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["PasswordReset", row.DisplayName], Severity.Success);
        }
    }

    private async Task DisableAsync(UserRow row)
    {
        var confirm = await Dialogs.ShowAsync<ConfirmDialog>(L["Disable"], new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, L["DisableQuestion", row.DisplayName, row.Email].Value },
            { d => d.ConfirmText, L["Disable"].Value },
            { d => d.CancelText, L["Cancel"].Value },
            { d => d.Color, Color.Error },
        });
        if (await confirm.Result is not { Canceled: false })
        {
            return;
        }

        await RunAsync(row, () => Disable.ExecuteAsync(row.Id, actor!), L["Disabled_Done", row.DisplayName]);
    }

    private async Task ResetTwoFactorAsync(UserRow row)
    {
        var confirm = await Dialogs.ShowAsync<ConfirmDialog>(L["ResetTwoFactor"], new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, L["ResetTwoFactorQuestion", row.DisplayName, row.Email].Value },
            { d => d.ConfirmText, L["ResetTwoFactor"].Value },
            { d => d.CancelText, L["Cancel"].Value },
            { d => d.Color, Color.Warning },
        });
        if (await confirm.Result is not { Canceled: false })
        {
            return;
        }

        await RunAsync(row, () => ResetTwoFactor.ExecuteAsync(row.Id, actor!), L["ResetTwoFactor_Done", row.DisplayName]);
    }

    private Task EnableAsync(UserRow row) =>
        RunAsync(row, () => Enable.ExecuteAsync(row.Id, actor!), L["Enabled_Done", row.DisplayName]);

    private async Task RunAsync(UserRow row, Func<Task<UserCommandResult>> action, string done)
    {
        if (actor is null || busy)
        {
            return;
        }

        busy = true;
        try
        {
            var result = await action();
            if (result.Succeeded)
            {
                Snackbar.Add(done, Severity.Success);
            }
            else
            {
                Snackbar.Add(result.Errors.FirstOrDefault()?.Message ?? L["ActionFailed"].Value, Severity.Warning);
            }
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Changing the account {UserId} failed.", row.Id);
            Snackbar.Add(L["ActionFailed"], Severity.Error);
        }
        finally
        {
            busy = false;
        }

        await LoadAsync();
    }

    private string RoleLabel(string role) => L[$"Role_{role}"];

    private static string TimeText(DateTime utc) =>
        OfficeTime.FromUtc(utc).ToString("d MMM yyyy HH.mm", CultureInfo.CurrentUICulture);
}
