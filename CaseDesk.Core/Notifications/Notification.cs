using CaseDesk.Core.ServiceLevels;

namespace CaseDesk.Core.Notifications;

public enum NotificationKind
{
    Escalation,
    /// <summary>A supervisor is asked to approve a step that ends a case.</summary>
    ApprovalRequested,
    /// <summary>The officer's request was approved (the case ended).</summary>
    ApprovalApproved,
    /// <summary>The officer's request was returned with a reason.</summary>
    ApprovalReturned,
}

/// <summary>
/// A message for one user in the app's notifications menu. It stores the facts (case, due date, level), not a
/// sentence, so each reader sees it in their own language.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public int? CaseId { get; set; }

    /// <summary>Kept with the notification so the menu needs no join to show it.</summary>
    public string? CaseReference { get; set; }

    public EscalationLevel? Level { get; set; }
    public DateOnly? DueOn { get; set; }

    /// <summary>The case had no assigned officer, so the officer-level reminder went to the supervisors.</summary>
    public bool CaseUnassigned { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}
