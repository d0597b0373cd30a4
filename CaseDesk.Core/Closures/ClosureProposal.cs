using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Closures;

public enum ClosureProposalStatus
{
    Pending,
    Confirmed,
    Dismissed,
    /// <summary>Withdrawn by a later scan (or at confirmation) because its condition no longer held.</summary>
    Expired,
}

/// <summary>
/// The system's proposal to close a case administratively (Perban 6/2024 Ps 30), waiting for a supervisor's decision.
/// At most one per case is <see cref="ClosureProposalStatus.Pending"/>. The evidence (when the condition started, how
/// many days it had lasted, the agency of a hand-over) is stored as data so it reads in either language.
/// </summary>
public sealed class ClosureProposal
{
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }
    public int CaseId { get; set; }
    public required AdministrativeClosureReason Reason { get; set; }

    /// <summary>When the condition began: registration, the start of the wait, the referral, the last officer action.</summary>
    public DateTime ConditionStartedAtUtc { get; set; }

    /// <summary>How long the condition had lasted when proposed: working days for <see
    /// cref="AdministrativeClosureReason.NoClarification"/>, calendar days otherwise.</summary>
    public int DayCount { get; set; }

    /// <summary>The agency the case was handed to (<see cref="AdministrativeClosureReason.HandedToOtherAgency"/>).</summary>
    public ReferralTarget? ReferralTarget { get; set; }

    public DateTime ProposedAtUtc { get; set; }
    public ClosureProposalStatus Status { get; set; }
    public string? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecisionNote { get; set; }

    public ClosureEvidence Evidence => new(Reason, ConditionStartedAtUtc, DayCount, ReferralTarget);
}

/// <summary>Why a closure is proposed, as data; <see cref="ClosureText.Evidence"/> writes it out.</summary>
public sealed record ClosureEvidence(AdministrativeClosureReason Reason, DateTime ConditionStartedAtUtc, int DayCount,
    ReferralTarget? ReferralTarget = null);
