namespace CaseDesk.Core.ServiceLevels;

/// <summary>Who an overdue case is escalated to, in order: the assigned officer on the due date, the supervisors
/// (Kepala Seksi) some working days later, the head of office (Kepala Balai) later still.</summary>
public enum EscalationLevel { Officer, Supervisor, Head }

/// <summary>
/// That a case reached one escalation level for one due date. The database keeps (case, due date, level) unique, so
/// however often or concurrently the monitor runs, each step happens once; a new due date escalates afresh.
/// </summary>
public sealed class Escalation
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public EscalationLevel Level { get; set; }

    /// <summary>The due date (<see cref="Cases.Case.DueOn"/>) that was missed.</summary>
    public DateOnly DueOn { get; set; }

    public DateTime AtUtc { get; set; }
}
