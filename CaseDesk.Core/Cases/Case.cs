using CaseDesk.Core.Accounts;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Reference;
using CaseDesk.Core.ServiceLevels;

namespace CaseDesk.Core.Cases;

/// <summary>
/// A complaint, mediation or repatriation case. <see cref="Status"/> is only ever assigned by the workflow
/// (<c>CaseDesk.Core.Workflow</c>); <see cref="Version"/> is the optimistic-concurrency token, incremented by every
/// write action.
/// </summary>
public sealed class Case
{
    public int Id { get; set; }
    public required string ReferenceNumber { get; set; }
    public required CaseKind Kind { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.Intake;
    public required Sector Sector { get; set; }
    public bool NonProcedural { get; set; }

    // The worker (PMI / CPMI / PMI purna).
    public required string WorkerName { get; set; }
    public string? WorkerNik { get; set; }
    public string? WorkerPassportNo { get; set; }
    public required Sex WorkerSex { get; set; }
    public DateOnly? WorkerDateOfBirth { get; set; }
    public required string HomeRegencyCode { get; set; }
    public Regency? HomeRegency { get; set; }
    public string? HomeVillage { get; set; }
    public string? WorkerPhone { get; set; }
    public DateOnly? DepartureDate { get; set; }

    /// <summary>The officer acknowledged the worker was under 18 at departure (e.g. a trafficking victim).</summary>
    public bool UnderageAcknowledged { get; set; }

    // The complainant, when not the worker.
    public string? ComplainantName { get; set; }
    public string? ComplainantRelation { get; set; }
    public string? ComplainantPhone { get; set; }

    public string? DestinationCountryCode { get; set; }
    public Country? DestinationCountry { get; set; }

    // Respondents.
    public EmployerType? EmployerType { get; set; }
    public string? EmployerName { get; set; }
    public string? EmployerCountryCode { get; set; }
    public string? PlacementCompanyName { get; set; }
    public string? PlacementCompanyLicenceNo { get; set; }

    /// <summary>The embassy or consulate handling the case abroad, e.g. "KBRI Kuala Lumpur".</summary>
    public string? Representation { get; set; }

    public required ComplaintCategory Category { get; set; }
    public required IntakeChannel Channel { get; set; }
    public required string Narrative { get; set; }

    /// <summary>Whether the worker is stranded abroad now (no means to return); makes the case urgent.</summary>
    public bool StrandedAbroad { get; set; }

    /// <summary>The officer raised the urgency by hand; see <see cref="Urgency"/>.</summary>
    public bool UrgencyRaised { get; set; }

    /// <summary>Stored (derived on every write) so the queue can filter and sort on it in the database.</summary>
    public Urgency Urgency { get; set; }

    public string? AssignedOfficerId { get; set; }
    public AppUser? AssignedOfficer { get; set; }

    // Verification.
    public DateTime? IdentityVerifiedAtUtc { get; set; }
    public string? IdentityVerifiedById { get; set; }

    // Mediation.
    public MediationOutcome? MediationOutcome { get; set; }
    /// <summary>Settlement in whole rupiah (IDR has no minor unit in practice).</summary>
    public long? SettlementAmount { get; set; }
    public string? MediationTerms { get; set; }

    // Referral / rejection.
    public ReferralTarget? ReferralTarget { get; set; }
    public string? ReferralDetail { get; set; }
    public RejectionReason? RejectionReason { get; set; }

    /// <summary>The Pasal 30 ground a supervisor closed the case on (null unless closed administratively).</summary>
    public AdministrativeClosureReason? AdministrativeClosureReason { get; set; }

    // Repatriation.
    public DateTime? ArrivalAtUtc { get; set; }
    public string? ArrivalPoint { get; set; }
    public string? HandedOverTo { get; set; }

    /// <summary>A case this one was linked to at intake (a possible duplicate the officer chose to link).</summary>
    public int? LinkedCaseId { get; set; }

    /// <summary>The last day (WITA) of the running service-level clock; null when paused, closed or no clock runs.
    /// Stored (set by every action that changes the state or the wait) so the queue filters on it in the database.
    /// </summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>Whom the case waits on while its clock is paused (the open <see cref="CaseWait"/>), else null.</summary>
    public WaitingFor? WaitingFor { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public string? CreatedById { get; set; }

    /// <summary>When the personal data was replaced on request (<see cref="AnonymiseCase"/>); irreversible.</summary>
    public DateTime? AnonymisedAtUtc { get; set; }

    public int Version { get; set; }

    public List<CaseEvent> Events { get; set; } = [];

    /// <summary>Categories that make a case urgent by themselves.</summary>
    public static bool IsUrgentCategory(ComplaintCategory category) =>
        category is ComplaintCategory.Deceased or ComplaintCategory.ViolenceAbuse or ComplaintCategory.Trafficking;

    public Urgency DeriveUrgency() =>
        UrgencyRaised || StrandedAbroad || IsUrgentCategory(Category) ? Urgency.Urgent : Urgency.Normal;

    public static bool IsOpenStatus(CaseStatus status) =>
        status is not (CaseStatus.Closed or CaseStatus.Rejected or CaseStatus.Withdrawn);

    public bool IsOpen => IsOpenStatus(Status);
}
