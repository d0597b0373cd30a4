using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;

namespace CaseDesk.Core.Letters;

/// <summary>
/// Everything a letter is rendered from, captured when it is issued and stored as JSON on the <see cref="Letter"/>.
/// Display texts (labels, names of regencies and countries, dates, amounts) are resolved in Indonesian at issue time,
/// so a re-print never depends on later edits of the case, the reference data or the configuration.
/// </summary>
public sealed record LetterSnapshot
{
    public const int CurrentSchema = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        // Names and narratives stay readable in the database.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The shape of this record when the letter was issued, for readers of older letters.</summary>
    public int Schema { get; init; } = CurrentSchema;
    public required LetterType Type { get; init; }
    /// <summary>"Surat Undangan Mediasi".</summary>
    public required string Title { get; init; }
    public required string Number { get; init; }
    /// <summary>The date of the letter in office time (WITA).</summary>
    public required DateOnly IssuedDate { get; init; }
    /// <summary>"23 November 2026".</summary>
    public required string IssuedDateText { get; init; }
    /// <summary>"Kendari", written before the date.</summary>
    public required string City { get; init; }
    public required LetterOffice Office { get; init; }
    public required LetterSignatory Signatory { get; init; }
    /// <summary>The officer who issued the letter.</summary>
    public required string IssuedByName { get; init; }
    public required LetterCaseFacts Case { get; init; }
    /// <summary>The officer's additions, with defaults applied (e.g. the addressee).</summary>
    public required LetterDetails Details { get; init; }
    /// <summary>"Senin, 30 November 2026", for invitations.</summary>
    public string? MeetingDateText { get; init; }
    /// <summary>"09.00 WITA", for invitations.</summary>
    public string? MeetingTimeText { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored snapshot; throws <see cref="JsonException"/> when the text is not one.</summary>
    public static LetterSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<LetterSnapshot>(json, Json) ?? throw new JsonException("The letter snapshot is empty.");
}

/// <summary>The office block of the letterhead and the unit code of the number.</summary>
public sealed record LetterOffice
{
    public required IReadOnlyList<string> Letterhead { get; init; }
    public required string ParentAgency { get; init; }
    public required string Name { get; init; }
    public required string Address { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string City { get; init; }
    public required string UnitCode { get; init; }
}

public sealed record LetterSignatory(string Name, string Title, string Nip);

/// <summary>The worker (PMI / CPMI / PMI purna) as the letter names them.</summary>
public sealed record LetterWorker
{
    public required string Name { get; init; }
    public required Sex Sex { get; init; }
    public required string SexLabel { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? DateOfBirthText { get; init; }
    public string? Nik { get; init; }
    public string? PassportNo { get; init; }
    public string? Phone { get; init; }
    public required string RegencyCode { get; init; }
    /// <summary>"Buton Tengah", "Kota Kendari".</summary>
    public required string RegencyName { get; init; }
    /// <summary>"Kabupaten Buton Tengah", "Kota Kendari".</summary>
    public required string RegencyTitle { get; init; }
    public string? Village { get; init; }
    public DateOnly? DepartureDate { get; init; }
}

/// <summary>The person who brought the complaint, when not the worker.</summary>
public sealed record LetterComplainant(string Name, string? Relation, string? Phone);

public sealed record LetterEmployer(EmployerType? Type, string? TypeLabel, string? Name, string? CountryName);

/// <summary>The case as it stood when the letter was issued.</summary>
public sealed record LetterCaseFacts
{
    public required string ReferenceNumber { get; init; }
    public required CaseKind Kind { get; init; }
    public required string KindLabel { get; init; }
    public required string SectorLabel { get; init; }
    public bool NonProcedural { get; init; }
    /// <summary>The date the complaint was received (WITA).</summary>
    public required DateOnly OpenedDate { get; init; }
    public required string OpenedDateText { get; init; }

    public required LetterWorker Worker { get; init; }
    /// <summary>Null when the worker brought the complaint themselves.</summary>
    public LetterComplainant? Complainant { get; init; }

    public string? DestinationCountryName { get; init; }
    public LetterEmployer? Employer { get; init; }
    public string? PlacementCompanyName { get; init; }
    public string? PlacementCompanyLicenceNo { get; init; }
    /// <summary>The placement company, else the employer: whom clarification and mediation are held with.</summary>
    public string? RespondentName { get; init; }
    /// <summary>"KBRI Kuala Lumpur".</summary>
    public string? Representation { get; init; }

    public required string CategoryLabel { get; init; }
    public required string ChannelLabel { get; init; }
    public required string Narrative { get; init; }
    public bool Urgent { get; init; }
    public required string UrgencyLabel { get; init; }

    public MediationOutcome? MediationOutcome { get; init; }
    public string? MediationOutcomeLabel { get; init; }
    public long? SettlementAmount { get; init; }
    /// <summary>"Rp15.000.000".</summary>
    public string? SettlementAmountText { get; init; }
    /// <summary>"lima belas juta rupiah".</summary>
    public string? SettlementAmountInWords { get; init; }
    public string? MediationTerms { get; init; }

    public ReferralTarget? ReferralTarget { get; init; }
    public string? ReferralTargetLabel { get; init; }
    public string? ReferralDetail { get; init; }

    /// <summary>Arrival in office time (WITA).</summary>
    public DateTime? ArrivalOfficeTime { get; init; }
    /// <summary>"Minggu, 22 November 2026 pukul 14.30 WITA".</summary>
    public string? ArrivalText { get; init; }
    public string? ArrivalPoint { get; init; }
    public string? HandedOverTo { get; init; }

    public string? RejectionReasonLabel { get; init; }
    public DateOnly? ClosedDate { get; init; }
    public string? ClosedDateText { get; init; }
    /// <summary>The note the officer gave on the step that closed the case.</summary>
    public string? ClosingNote { get; init; }
    /// <summary>Set when the case was closed administratively (Perban 6/2024 Ps 30); null for letters issued before
    /// this member existed and for every other closure.</summary>
    public LetterAdministrativeClosure? AdministrativeClosure { get; init; }
}

/// <summary>The Pasal 30 ground of an administrative closure as the letter states it, in Indonesian.</summary>
/// <param name="LegalBasis">"Peraturan Badan Nomor 6 Tahun 2024 Pasal 30".</param>
/// <param name="Code">"PS30-BERKAS".</param>
/// <param name="Grounds">"berkas pengaduan tidak lengkap dalam jangka waktu 30 (tiga puluh) hari …".</param>
public sealed record LetterAdministrativeClosure(AdministrativeClosureReason Reason, string LegalBasis, string Code,
    string Grounds);
