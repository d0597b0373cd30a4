using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Reference;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Utilities;

namespace CaseDesk.Web.Components.Pages.Cases;

public partial class CaseForm
{
    private readonly Dictionary<string, object> _checks = [];
    private MudForm _form = default!;
    private IReadOnlyList<Option> _regencies = [];
    private IReadOnlyList<Option> _countries = [];

    // Errors the server returned for this input (normally the same validator; shown until the next submit).
    private IReadOnlyList<FieldError> _external = [];
    private bool _submitted;

    [Inject] private CaseQueries Queries { get; set; } = default!;
    [Inject] private IStringLocalizer<CaseForm> L { get; set; } = default!;

    [Parameter, EditorRequired] public CaseInput Input { get; set; } = default!;

    /// <summary>The office's day (WITA): birth and departure dates are validated against it.</summary>
    [Parameter, EditorRequired] public DateOnly Today { get; set; }

    [Parameter] public bool Disabled { get; set; }

    /// <summary>
    /// Editing a case whose identifiers the user has not shown in full (or may not see): the masked identity and
    /// telephone numbers are read-only and kept as stored (the server keeps a masked value and refuses changes from
    /// users who may not see them).
    /// </summary>
    [Parameter] public bool IdentifiersLocked { get; set; }

    /// <summary>Raised after the officer changed any field (dirty tracking, stale duplicate warnings).</summary>
    [Parameter] public EventCallback InputChanged { get; set; }

    // The summary reads top to bottom in the order the fields appear on the form.
    private static readonly string[] FormOrder =
    [
        nameof(CaseInput.Kind), nameof(CaseInput.WorkerName), nameof(CaseInput.WorkerSex),
        nameof(CaseInput.WorkerDateOfBirth), nameof(CaseInput.WorkerNik), nameof(CaseInput.WorkerPassportNo),
        nameof(CaseInput.WorkerPhone), nameof(CaseInput.HomeRegencyCode), nameof(CaseInput.HomeVillage),
        nameof(CaseInput.DepartureDate), nameof(CaseInput.UnderageAcknowledged), nameof(CaseInput.ComplainantName),
        nameof(CaseInput.ComplainantRelation), nameof(CaseInput.ComplainantPhone), nameof(CaseInput.Sector),
        nameof(CaseInput.DestinationCountryCode), nameof(CaseInput.EmployerType), nameof(CaseInput.EmployerName),
        nameof(CaseInput.EmployerCountryCode), nameof(CaseInput.Representation),
        nameof(CaseInput.PlacementCompanyName), nameof(CaseInput.PlacementCompanyLicenceNo),
        nameof(CaseInput.Category), nameof(CaseInput.Channel), nameof(CaseInput.Narrative),
    ];

    private IReadOnlyList<FieldError> Summary =>
    [
        .. Validate().Concat(_external).DistinctBy(e => (e.Field, e.Message))
            .OrderBy(e => Array.IndexOf(FormOrder, e.Field) is var i and >= 0 ? i : FormOrder.Length),
    ];

    private bool IndividualEmployer => Input.Sector == Sector.IndividualEmployer;

    private bool IsUrgent => DerivedUrgency() == Urgency.Urgent;

    private bool ShowUnderage =>
        Input.UnderageAcknowledged || UnderAgeAtDeparture()
        || MessagesFor(nameof(CaseInput.UnderageAcknowledged)).Count > 0;

    private string? RepresentationHint =>
        Country.Destinations.FirstOrDefault(c => c.Code == (Input.DestinationCountryCode ?? Input.EmployerCountryCode))
            is { } country
            ? L["RepresentationHint", country.Representation].Value
            : null;

    /// <summary>Validates the whole input and shows every message under its field and in the summary.</summary>
    /// <returns>The errors; empty when the input may be saved.</returns>
    public async Task<IReadOnlyList<FieldError>> ValidateAsync()
    {
        _external = [];
        _submitted = true;
        await _form.ValidateAsync();
        StateHasChanged();
        return Validate();
    }

    /// <summary>Shows errors the server returned for this input.</summary>
    public async Task ShowErrorsAsync(IReadOnlyList<FieldError> errors)
    {
        _external = errors;
        _submitted = true;
        await _form.ValidateAsync();
        StateHasChanged();
    }

    protected override async Task OnInitializedAsync()
    {
        _regencies = await Queries.GetRegenciesAsync();
        _countries = await Queries.GetCountriesAsync();
    }

    // MudBlazor calls a field's validation after the bound value was written back to Input, so the validator sees
    // the current state of the whole form (cross-field rules included). The delegates are cached: a new delegate per
    // render would look like a changed parameter.
    private Func<T, IEnumerable<string>> Check<T>(string field)
    {
        if (!_checks.TryGetValue(field, out var check))
        {
            check = new Func<T, IEnumerable<string>>(_ => MessagesFor(field));
            _checks[field] = check;
        }

        return (Func<T, IEnumerable<string>>)check;
    }

    private List<string> MessagesFor(string field) =>
    [
        .. Validate().Concat(_external)
            .Where(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Message)
            .Distinct(),
    ];

    private bool Locked(string? value) => IdentifiersLocked && PersonalDataMask.IsMasked(value);

    private string? LockedHint(string? value) => Locked(value) ? L["IdentifiersLocked"].Value : null;

    // A masked identifier stands for the stored value, which the server keeps: not the editor's input to check.
    private IReadOnlyList<FieldError> Validate() =>
    [
        .. CaseValidator.Validate(Input, Today).Where(e => !IdentifiersLocked || !PersonalDataMask.IsMasked(
            e.Field switch
            {
                nameof(CaseInput.WorkerNik) => Input.WorkerNik,
                nameof(CaseInput.WorkerPassportNo) => Input.WorkerPassportNo,
                nameof(CaseInput.WorkerPhone) => Input.WorkerPhone,
                nameof(CaseInput.ComplainantPhone) => Input.ComplainantPhone,
                _ => null,
            })),
    ];

    private Task OnFieldChangedAsync(FormFieldChangedEventArgs args) => InputChanged.InvokeAsync();

    private void OnSectorChanged(Sector? sector)
    {
        Input.Sector = sector;
        if (sector == Sector.IndividualEmployer)
        {
            // The sector is defined by the employer being a private household.
            Input.EmployerType = EmployerType.Individual;
        }
    }

    // The rule itself stays in Case.DeriveUrgency; a throw-away Case carries the three inputs it reads.
    private Urgency DerivedUrgency() => new Case
    {
        ReferenceNumber = "",
        Kind = Input.Kind,
        Sector = Input.Sector ?? Sector.Other,
        WorkerName = "",
        WorkerSex = Input.WorkerSex ?? Sex.Female,
        HomeRegencyCode = "",
        Category = Input.Category ?? ComplaintCategory.Other,
        Channel = Input.Channel ?? IntakeChannel.WalkIn,
        Narrative = "",
        StrandedAbroad = Input.StrandedAbroad,
        UrgencyRaised = Input.UrgencyRaised,
    }.DeriveUrgency();

    // Only decides whether to offer the acknowledgement; whether it is required is the validator's call.
    private bool UnderAgeAtDeparture()
    {
        if (Input.WorkerDateOfBirth is not { } born)
        {
            return false;
        }

        var departed = Input.DepartureDate ?? Today;
        return born.AddYears(18) > departed;
    }

    private string FieldLabel(string field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        var label = L[field];
        return label.ResourceNotFound ? "" : label.Value + ": ";
    }

    private static string Text<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? CaseText.Label(v) : "";

    private static string NameOf(IReadOnlyList<Option> options, string? code) =>
        code is null ? "" : options.FirstOrDefault(o => o.Code == code)?.Name ?? code;
}
