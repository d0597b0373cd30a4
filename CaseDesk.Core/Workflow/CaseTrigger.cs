using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Letters;

namespace CaseDesk.Core.Workflow;

public enum CaseTrigger
{
    StartVerification,
    StartMediation,
    RecordAgreement,
    RecordMediationFailure,
    Refer,
    StartCoordination,
    RecordArrival,
    HandOver,
    Reject,
    Withdraw,
    Close,
    Reopen,
    /// <summary>Closure on a ground of Perban 6/2024 Ps 30; only by confirming a closure proposal
    /// (<see cref="ConfirmClosureProposal"/>), never offered among the case page's steps.</summary>
    CloseAdministratively,
}

/// <summary>What a step asks the officer for before it can fire (the page opens a dialog for anything but None).</summary>
public enum StepData { None, Agreement, MediationFailure, Referral, Rejection, Arrival, HandOver, Reason, AdministrativeClosure }

/// <summary>
/// Parameters of a step. Only the members the step's <see cref="StepData"/> names are read; a note is optional on
/// every step (required for Withdraw and Reopen). <see cref="Letter"/> asks for the step's letter.
/// </summary>
public sealed record StepInput
{
    public string? Note { get; init; }
    public long? SettlementAmount { get; init; }
    public string? MediationTerms { get; init; }
    public ReferralTarget? ReferralTarget { get; init; }
    public string? ReferralDetail { get; init; }
    public RejectionReason? RejectionReason { get; init; }
    public DateTime? ArrivalAtUtc { get; init; }
    public string? ArrivalPoint { get; init; }
    public string? HandedOverTo { get; init; }
    public AdministrativeClosureReason? ClosureReason { get; init; }

    /// <summary>Issue the letter the step offers (<see cref="StepLetters.For"/>) with these details, in the step's
    /// transaction; null issues none.</summary>
    public LetterDetails? Letter { get; init; }

    public static StepInput None { get; } = new();
}

/// <summary>A step offered on the case page: enabled, or disabled with the unmet guards (localized) saying why;
/// <see cref="Letter"/> is the letter the step can issue with it. <see cref="NeedsApproval"/>: the actor requests the
/// step from a supervisor instead of firing it (<see cref="Approvals.RequestApproval"/>), and the label says so.</summary>
public sealed record WorkflowStep(CaseTrigger Trigger, string Label, bool Enabled, IReadOnlyList<string> UnmetGuards,
    bool Irreversible, StepData Data, LetterType? Letter = null, bool NeedsApproval = false);

public enum TransitionOutcome { Succeeded, Conflict, NotPermitted, Invalid, NotFound }

/// <summary>The outcome of a step; <see cref="LetterId"/> and <see cref="LetterNumber"/> name the letter issued with
/// it, if one was asked for.</summary>
public sealed record TransitionResult(TransitionOutcome Outcome, IReadOnlyList<string> Messages, int? NewVersion,
    CaseStatus? NewStatus, int? LetterId = null, string? LetterNumber = null)
{
    public bool Succeeded => Outcome == TransitionOutcome.Succeeded;
}
