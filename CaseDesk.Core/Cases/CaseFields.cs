using System.Globalization;
using CaseDesk.Core.Reference;

namespace CaseDesk.Core.Cases;

/// <summary>
/// Copies a validated <see cref="CaseInput"/> onto a <see cref="Case"/> in stored (normalized) form, and describes
/// the editable fields so an edit can record what changed. Shared by <see cref="OpenCase"/> and
/// <see cref="UpdateCase"/> so both store exactly the same shapes.
/// </summary>
internal static class CaseFields
{
    /// <summary>Editable fields in form order, each with the value shown in the timeline of an edit.</summary>
    public static IReadOnlyList<(string Field, Func<Case, object?> Value)> Editable { get; } =
    [
        (nameof(Case.Sector), c => c.Sector),
        (nameof(Case.NonProcedural), c => c.NonProcedural),
        (nameof(Case.WorkerName), c => c.WorkerName),
        (nameof(Case.WorkerNik), c => c.WorkerNik),
        (nameof(Case.WorkerPassportNo), c => c.WorkerPassportNo),
        (nameof(Case.WorkerSex), c => c.WorkerSex),
        (nameof(Case.WorkerDateOfBirth), c => c.WorkerDateOfBirth),
        (nameof(Case.HomeRegencyCode), c => RegencyName(c.HomeRegencyCode)),
        (nameof(Case.HomeVillage), c => c.HomeVillage),
        (nameof(Case.WorkerPhone), c => c.WorkerPhone),
        (nameof(Case.DepartureDate), c => c.DepartureDate),
        (nameof(Case.UnderageAcknowledged), c => c.UnderageAcknowledged),
        (nameof(Case.ComplainantName), c => c.ComplainantName),
        (nameof(Case.ComplainantRelation), c => c.ComplainantRelation),
        (nameof(Case.ComplainantPhone), c => c.ComplainantPhone),
        (nameof(Case.DestinationCountryCode), c => CountryName(c.DestinationCountryCode)),
        (nameof(Case.EmployerType), c => c.EmployerType),
        (nameof(Case.EmployerName), c => c.EmployerName),
        (nameof(Case.EmployerCountryCode), c => CountryName(c.EmployerCountryCode)),
        (nameof(Case.PlacementCompanyName), c => c.PlacementCompanyName),
        (nameof(Case.PlacementCompanyLicenceNo), c => c.PlacementCompanyLicenceNo),
        (nameof(Case.Representation), c => c.Representation),
        (nameof(Case.Category), c => c.Category),
        (nameof(Case.Channel), c => c.Channel),
        (nameof(Case.Narrative), c => c.Narrative),
        (nameof(Case.StrandedAbroad), c => c.StrandedAbroad),
        (nameof(Case.UrgencyRaised), c => c.UrgencyRaised),
        (nameof(Case.LinkedCaseId), c => c.LinkedCaseId),
    ];

    /// <summary>Creates a case from validated input (Kind, Sector, Sex, Category and Channel are set).</summary>
    public static Case Create(CaseInput input, string referenceNumber, string? defaultRepresentation)
    {
        var c = new Case
        {
            ReferenceNumber = referenceNumber,
            Kind = input.Kind,
            Sector = input.Sector!.Value,
            WorkerName = "",
            WorkerSex = input.WorkerSex!.Value,
            HomeRegencyCode = "",
            Category = input.Category!.Value,
            Channel = input.Channel!.Value,
            Narrative = "",
        };
        Apply(c, input, defaultRepresentation);
        return c;
    }

    /// <summary>Copies validated input onto the case (never Kind, Status or workflow data).</summary>
    public static void Apply(Case c, CaseInput input, string? defaultRepresentation)
    {
        c.Sector = input.Sector!.Value;
        c.NonProcedural = input.NonProcedural;
        c.WorkerName = CaseValidator.Clean(input.WorkerName)!;
        c.WorkerNik = CaseValidator.NormalizeNik(input.WorkerNik);
        c.WorkerPassportNo = CaseValidator.NormalizePassport(input.WorkerPassportNo);
        c.WorkerSex = input.WorkerSex!.Value;
        c.WorkerDateOfBirth = input.WorkerDateOfBirth;
        c.HomeRegencyCode = CaseValidator.Clean(input.HomeRegencyCode)!;
        c.HomeVillage = CaseValidator.Clean(input.HomeVillage);
        c.WorkerPhone = CaseValidator.NormalizePhone(input.WorkerPhone);
        c.DepartureDate = input.DepartureDate;
        c.UnderageAcknowledged = input.UnderageAcknowledged;

        var byOther = !input.ComplainantIsWorker;
        c.ComplainantName = byOther ? CaseValidator.Clean(input.ComplainantName) : null;
        c.ComplainantRelation = byOther ? CaseValidator.Clean(input.ComplainantRelation) : null;
        c.ComplainantPhone = byOther ? CaseValidator.NormalizePhone(input.ComplainantPhone) : null;

        c.DestinationCountryCode = CaseValidator.NormalizeCountryCode(input.DestinationCountryCode);
        c.EmployerType = input.EmployerType;
        c.EmployerName = CaseValidator.Clean(input.EmployerName);
        c.EmployerCountryCode = CaseValidator.NormalizeCountryCode(input.EmployerCountryCode);
        c.PlacementCompanyName = CaseValidator.Clean(input.PlacementCompanyName);
        c.PlacementCompanyLicenceNo = CaseValidator.Clean(input.PlacementCompanyLicenceNo);
        c.Representation = CaseValidator.Clean(input.Representation)
            ?? (input.Sector == Sector.IndividualEmployer ? defaultRepresentation : null);

        c.Category = input.Category!.Value;
        c.Channel = input.Channel!.Value;
        c.Narrative = CaseValidator.Clean(input.Narrative)!;
        c.StrandedAbroad = input.StrandedAbroad;
        c.UrgencyRaised = input.UrgencyRaised;
        c.LinkedCaseId = input.LinkedCaseId;
        c.Urgency = c.DeriveUrgency();
    }

    /// <summary>Whether the representation would be defaulted from the destination country.</summary>
    public static bool NeedsDefaultRepresentation(CaseInput input) =>
        input.Sector == Sector.IndividualEmployer && CaseValidator.Clean(input.Representation) is null
        && CaseValidator.Clean(input.DestinationCountryCode) is not null;

    public static CaseInput ToInput(Case c) => new()
    {
        Kind = c.Kind,
        Sector = c.Sector,
        NonProcedural = c.NonProcedural,
        WorkerName = c.WorkerName,
        WorkerNik = c.WorkerNik,
        WorkerPassportNo = c.WorkerPassportNo,
        WorkerSex = c.WorkerSex,
        WorkerDateOfBirth = c.WorkerDateOfBirth,
        HomeRegencyCode = c.HomeRegencyCode,
        HomeVillage = c.HomeVillage,
        WorkerPhone = c.WorkerPhone,
        DepartureDate = c.DepartureDate,
        UnderageAcknowledged = c.UnderageAcknowledged,
        ComplainantIsWorker = c.ComplainantName is null,
        ComplainantName = c.ComplainantName,
        ComplainantRelation = c.ComplainantRelation,
        ComplainantPhone = c.ComplainantPhone,
        DestinationCountryCode = c.DestinationCountryCode,
        EmployerType = c.EmployerType,
        EmployerName = c.EmployerName,
        EmployerCountryCode = c.EmployerCountryCode,
        PlacementCompanyName = c.PlacementCompanyName,
        PlacementCompanyLicenceNo = c.PlacementCompanyLicenceNo,
        Representation = c.Representation,
        Category = c.Category,
        Channel = c.Channel,
        Narrative = c.Narrative,
        StrandedAbroad = c.StrandedAbroad,
        UrgencyRaised = c.UrgencyRaised,
        LinkedCaseId = c.LinkedCaseId,
        // An existing case was already past the duplicate warning.
        DuplicatesAcknowledged = true,
    };

    /// <summary>A value as written in a timeline note (record language, long texts shortened).</summary>
    public static string Display(object? value, CultureInfo culture) => value switch
    {
        null => CaseText.Get("Value_Empty", culture),
        Enum e => CaseText.Label(e, culture),
        bool b => CaseText.Get(b ? "Value_Yes" : "Value_No", culture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Named n => n.Text,
        string s => Shorten(s, 80),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Names read better on the timeline than codes; the code stays for the record.
    private static Named RegencyName(string code) =>
        new(Regency.SulawesiTenggara.FirstOrDefault(r => r.Code == code) is { } r ? $"{r.Name} ({code})" : code);

    private static Named? CountryName(string? code) =>
        code is null ? null
        : new(Country.Destinations.FirstOrDefault(c => c.Code == code) is { } c ? $"{c.NameId} ({code})" : code);

    /// <summary>A reference-data value shown by name, without the quotes of free text.</summary>
    private sealed record Named(string Text);

    internal static string Shorten(string text, int max)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= max ? $"\"{oneLine}\"" : $"\"{oneLine[..(max - 1)]}…\"";
    }
}
