using CaseDesk.Core.Cases;
using CaseDesk.Web.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CaseDesk.Web.Components.Pages.Cases;

public partial class NewCase
{
    // The input lives as long as the page: a failed validation or a duplicate warning never loses what was typed.
    private readonly CaseInput _input = new() { IssueReceipt = true };
    private CaseForm _form = default!;
    private IReadOnlyList<DuplicateCandidate> _duplicates = [];
    private (string?, string?, string?, DateOnly?) _duplicatesFor;
    private DateOnly _today;
    private bool _busy;
    private bool _dirty;
    private string? _consentError;

    [Inject] private OpenCase OpenCase { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IStringLocalizer<NewCase> L { get; set; } = default!;

    protected override void OnInitialized() => _today = CaseDates.Today(Clock);

    private void OnKindChanged(CaseKind kind)
    {
        _input.Kind = kind;
        OnInputChanged();
    }

    private void OnInputChanged()
    {
        _dirty = true;
        if (_duplicates.Count > 0 && Identity(_input) != _duplicatesFor)
        {
            // The warning was about the worker as identified then; a different worker needs a fresh check.
            _duplicates = [];
            _input.DuplicatesAcknowledged = false;
            _input.LinkedCaseId = null;
        }
    }

    private Task LinkAndSaveAsync(int existingCaseId)
    {
        _input.LinkedCaseId = existingCaseId;
        _input.DuplicatesAcknowledged = true;
        return SaveAsync();
    }

    private Task ContinueAndSaveAsync()
    {
        _input.LinkedCaseId = null;
        _input.DuplicatesAcknowledged = true;
        return SaveAsync();
    }

    private async Task SaveAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            _today = CaseDates.Today(Clock);
            _consentError = null;
            if ((await _form.ValidateAsync()).Count > 0)
            {
                return;
            }

            var result = await OpenCase.ExecuteAsync(_input, await CurrentUser.GetActorAsync());
            if (result.Succeeded)
            {
                _dirty = false;
                Snackbar.Add(L["Saved", result.ReferenceNumber ?? ""], Severity.Success);
                if (result.ReceiptNumber is { } receipt)
                {
                    Snackbar.Add(L["ReceiptIssued", receipt], Severity.Info);
                }

                Navigation.NavigateTo($"/cases/{result.CaseId}");
                return;
            }

            if (result.Duplicates.Count > 0)
            {
                _duplicates = result.Duplicates;
                _duplicatesFor = Identity(_input);
                return;
            }

            _consentError = result.Errors.FirstOrDefault(e =>
                e.Field is nameof(CaseInput.ConsentMethod) or nameof(CaseInput.ConsentsGiven))?.Message;
            await _form.ShowErrorsAsync(result.Errors);
        }
        finally
        {
            _busy = false;
        }
    }

    private static (string?, string?, string?, DateOnly?) Identity(CaseInput input) =>
        (input.WorkerNik, input.WorkerPassportNo, input.WorkerName, input.WorkerDateOfBirth);

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!_dirty)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<ConfirmDialog>(L["LeaveTitle"], new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, L["LeaveMessage"].Value },
            { d => d.ConfirmText, L["LeaveConfirm"].Value },
            { d => d.CancelText, L["LeaveCancel"].Value },
            { d => d.Color, Color.Warning },
        });
        var answer = await dialog.Result;
        if (answer is null || answer.Canceled)
        {
            context.PreventNavigation();
        }
    }
}
