namespace CaseDesk.Core.Cases;

/// <summary>One line of a case's timeline: creation, a workflow step, a note or an edit. Append-only.</summary>
public sealed class CaseEvent
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public required CaseEventType Type { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public CaseStatus? FromStatus { get; set; }
    public CaseStatus? ToStatus { get; set; }
    /// <summary>The workflow trigger name for transitions (stored as text so renaming an enum member is visible).</summary>
    public string? Trigger { get; set; }
    public string? Note { get; set; }
    /// <summary>What a workflow step recorded (<see cref="StepFacts"/> as JSON); null for other events.</summary>
    public string? Data { get; set; }
}
