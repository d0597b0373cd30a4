using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Web.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using CaseSnapshot = CaseDesk.Core.Cases.CaseDetails;

namespace CaseDesk.Web.Components.Pages.Cases;

public partial class CaseDetails
{
    private CaseSnapshot? _details;
    private Actor _actor = default!;
    private int? _loadedId;
    private bool _loading = true;
    private bool _busy;
    private DateOnly _today;

    // Edit mode: the officer's edits survive a conflict so they can be compared with the reloaded case.
    private CaseInput? _editInput;
    private CaseForm? _editForm;
    private bool _conflict;

    // The identifiers in full after an audited "show", until the user leaves the case or saves an edit.
    private PersonalDataView? _revealed;

    [Parameter] public int Id { get; set; }

    [Inject] private CaseQueries Queries { get; set; } = default!;
    [Inject] private UpdateCase UpdateCase { get; set; } = default!;
    [Inject] private VerifyWorkerIdentity VerifyWorkerIdentity { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<CaseDetails> L { get; set; } = default!;

    private string? VerifiedBy =>
        _details?.Timeline.FirstOrDefault(e => e.Type == CaseEventType.IdentityVerified)?.ActorName;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == Id)
        {
            return;
        }

        _loadedId = Id;
        _details = null;
        _editInput = null;
        _conflict = false;
        _revealed = null;
        _actor = await CurrentUser.GetActorAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _loading = true;
        try
        {
            _today = CaseDates.Today(Clock);
            _details = await Queries.GetDetailsAsync(Id, _actor);
        }
        finally
        {
            _loading = false;
        }
    }

    private void StartEdit()
    {
        if (_details is null)
        {
            return;
        }

        _editInput = UpdateCase.ToInput(_details.Case);
        if (_revealed is { } shown)
        {
            _editInput.WorkerNik = shown.WorkerNik;
            _editInput.WorkerPassportNo = shown.WorkerPassportNo;
            _editInput.WorkerPhone = shown.WorkerPhone;
            _editInput.ComplainantPhone = shown.ComplainantPhone;
        }

        _conflict = false;
    }

    private void CancelEdit()
    {
        _editInput = null;
        _conflict = false;
    }

    private async Task SaveEditAsync()
    {
        if (_busy || _editInput is null || _editForm is null || _details is null)
        {
            return;
        }

        _busy = true;
        try
        {
            _today = CaseDates.Today(Clock);
            if ((await _editForm.ValidateAsync()).Count > 0)
            {
                return;
            }

            var result = await UpdateCase.ExecuteAsync(Id, _editInput, _details.Case.Version, _actor);
            switch (result.Outcome)
            {
                case CommandOutcome.Succeeded:
                    Snackbar.Add(L["Saved"], Severity.Success);
                    _editInput = null;
                    _revealed = null;
                    _conflict = false;
                    await ReloadAsync();
                    break;
                case CommandOutcome.Conflict:
                    // Keep the edits; the reloaded case (shown below the form) carries the new version to save against.
                    _conflict = true;
                    Snackbar.Add(L["EditConflict"], Severity.Warning);
                    await ReloadAsync();
                    break;
                case CommandOutcome.Invalid:
                    await _editForm.ShowErrorsAsync(result.Errors);
                    break;
                case CommandOutcome.NotFound:
                    _editInput = null;
                    await ReloadAsync();
                    break;
                default:
                    Snackbar.Add(Describe(result, L["NotAllowed"]), Severity.Error);
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task VerifyIdentityAsync()
    {
        if (_busy || _details is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await VerifyWorkerIdentity.ExecuteAsync(Id, _details.Case.Version, _actor);
            switch (result.Outcome)
            {
                case CommandOutcome.Succeeded:
                    Snackbar.Add(L["IdentityVerifiedSaved"], Severity.Success);
                    break;
                case CommandOutcome.Conflict:
                    Snackbar.Add(L["Conflict"], Severity.Warning);
                    break;
                default:
                    Snackbar.Add(Describe(result, L["NotAllowed"]), Severity.Error);
                    break;
            }

            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Describe(CaseCommandResult result, string fallback) =>
        result.Errors.Count > 0 ? string.Join(" ", result.Errors.Select(e => e.Message)) : fallback;

    private static Color StatusColor(Case c) => c.Status switch
    {
        CaseStatus.Resolved or CaseStatus.HandedOver or CaseStatus.Closed => Color.Success,
        CaseStatus.Rejected or CaseStatus.Withdrawn => Color.Default,
        _ => Color.Info,
    };
}
