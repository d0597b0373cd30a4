namespace CaseDesk.Core.Cases;

/// <summary>
/// The intake form and the edit form of a case: a mutable class so Blazor forms can bind to it. Validated by
/// <see cref="CaseValidator"/> before anything is written.
/// </summary>
public sealed class CaseInput
{
    /// <summary>A copy to adjust without touching the form it came from.</summary>
    public CaseInput Copy() => (CaseInput)MemberwiseClone();

    public CaseKind Kind { get; set; } = CaseKind.Complaint;
    public Sector? Sector { get; set; }
    public bool NonProcedural { get; set; }

    public string? WorkerName { get; set; }
    public string? WorkerNik { get; set; }
    public string? WorkerPassportNo { get; set; }
    public Sex? WorkerSex { get; set; }
    public DateOnly? WorkerDateOfBirth { get; set; }
    public string? HomeRegencyCode { get; set; }
    public string? HomeVillage { get; set; }
    public string? WorkerPhone { get; set; }
    public DateOnly? DepartureDate { get; set; }
    public bool UnderageAcknowledged { get; set; }

    /// <summary>False when a family member or someone else brings the complaint.</summary>
    public bool ComplainantIsWorker { get; set; } = true;
    public string? ComplainantName { get; set; }
    public string? ComplainantRelation { get; set; }
    public string? ComplainantPhone { get; set; }

    public string? DestinationCountryCode { get; set; }
    public EmployerType? EmployerType { get; set; }
    public string? EmployerName { get; set; }
    public string? EmployerCountryCode { get; set; }
    public string? PlacementCompanyName { get; set; }
    public string? PlacementCompanyLicenceNo { get; set; }
    public string? Representation { get; set; }

    public ComplaintCategory? Category { get; set; }
    public IntakeChannel? Channel { get; set; }
    public string? Narrative { get; set; }
    public bool StrandedAbroad { get; set; }
    public bool UrgencyRaised { get; set; }

    /// <summary>An existing case the officer chose to link this one to after the duplicate warning.</summary>
    public int? LinkedCaseId { get; set; }

    /// <summary>The officer saw the possible duplicates and chose to continue.</summary>
    public bool DuplicatesAcknowledged { get; set; }

    /// <summary>Issue the complaint receipt (Tanda Terima Pengaduan) with the new case, in the same transaction.
    /// Intake only; an edit ignores it.</summary>
    public bool IssueReceipt { get; set; }

    /// <summary>The purposes the complainant consented to at intake (UU 27/2022), recorded with the new case. Intake
    /// only; an edit ignores them (consents of an existing case are recorded one by one).</summary>
    public List<Consents.ConsentPurpose> ConsentsGiven { get; set; } = [];

    /// <summary>How the intake consents were obtained; required when any is ticked.</summary>
    public Consents.ConsentMethod? ConsentMethod { get; set; }
}

public sealed record FieldError(string Field, string Message);

public sealed record DuplicateCandidate(int CaseId, string ReferenceNumber, string WorkerName, CaseStatus Status,
    string MatchReason)
{
    /// <summary>Matching cases outside the officer's regions (regional assignment): one line without details, so
    /// the officer knows to ask a supervisor before registering the worker again.</summary>
    public bool OutsideScope { get; init; }
}

public sealed record OpenCaseResult(bool Succeeded, int? CaseId, string? ReferenceNumber,
    IReadOnlyList<FieldError> Errors, IReadOnlyList<DuplicateCandidate> Duplicates, int? ReceiptLetterId = null,
    string? ReceiptNumber = null);

/// <summary>Outcome of an edit, assignment or identity check on an existing case.</summary>
public sealed record CaseCommandResult(CommandOutcome Outcome, IReadOnlyList<FieldError> Errors, int? NewVersion)
{
    public bool Succeeded => Outcome == CommandOutcome.Succeeded;
}

public enum CommandOutcome { Succeeded, Invalid, Conflict, NotFound, NotAllowed }
