using CaseDesk.Core.Workflow;

namespace CaseDesk.Core.Approvals;

public enum ApprovalStatus
{
    Pending,
    Approved,
    Returned,
    /// <summary>Withdrawn by the requester or a supervisor, or dropped because the case ended otherwise.</summary>
    Cancelled,
}

/// <summary>
/// An officer's request that a supervisor (Kepala Seksi) approve a step that ends a case (close, reject, withdraw).
/// The step's input is stored as it was entered, so the approval fires exactly the step the officer asked for. At most
/// one request per case is <see cref="ApprovalStatus.Pending"/>; while it is, the case's workflow waits for the
/// decision.
/// </summary>
public sealed class ApprovalRequest
{
    public const int ReasonMaxLength = 1000;
    public const int InputMaxLength = 16000;

    public int Id { get; set; }
    public int CaseId { get; set; }
    public required CaseTrigger Trigger { get; set; }

    /// <summary>The step input (<see cref="StepInput"/>) as JSON: note, rejection reason, letter details.</summary>
    public required string InputJson { get; set; }

    /// <summary>The officer's note, kept apart from the input so lists need not read the JSON.</summary>
    public string? Note { get; set; }

    public required string RequestedById { get; set; }
    public required string RequestedByName { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public ApprovalStatus Status { get; set; }
    public string? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecisionReason { get; set; }

    public StepInput Input => ApprovalRules.ReadInput(InputJson);
}
