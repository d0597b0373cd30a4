using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Closures;

/// <summary>What the rules of Pasal 30 look at for one case, read in one go for a batch of cases.</summary>
internal sealed record ClosureFacts(
    Case Case,
    CaseWait? OpenWait,
    DateTime? EnteredStatusAtUtc,
    DateTime? LastOfficerEventAtUtc,
    AdministrativeClosureReason? PendingReason,
    IReadOnlyDictionary<AdministrativeClosureReason, DateTime> LastDismissedAtUtc);

/// <summary>A rule that holds for a case now: since when, and for how many days.</summary>
internal sealed record ClosureCondition(AdministrativeClosureReason Reason, DateTime StartedAtUtc, int DayCount,
    ReferralTarget? ReferralTarget = null);

/// <summary>
/// The five grounds of Peraturan Badan Nomor 6 Tahun 2024 Pasal 30, as pure checks over <see cref="ClosureFacts"/>.
/// Days are office days (WITA): a condition that started on 1 October has lasted 30 days on 31 October.
/// </summary>
internal static class ClosureRules
{
    public const int IncompleteFileDays = 30;
    public const int ClarificationWorkingDays = 15;
    public const int UnreachableDays = 60;
    public const int NoResponseMonths = 6;

    /// <summary>The order a case is checked in; the first rule that holds is proposed (one pending per case).</summary>
    public static IReadOnlyList<AdministrativeClosureReason> Order { get; } = Enum.GetValues<AdministrativeClosureReason>();

    /// <summary>The rule's condition if it holds for the case today, else null.</summary>
    public static ClosureCondition? Evaluate(AdministrativeClosureReason reason, ClosureFacts facts,
        WorkingCalendar calendar, DateOnly today)
    {
        var c = facts.Case;
        if (!c.IsOpen)
        {
            return null;
        }

        switch (reason)
        {
            case AdministrativeClosureReason.IncompleteFile:
                // The file is complete once the worker's identity documents are verified.
                if (c.Status is not (CaseStatus.Intake or CaseStatus.Verification) || c.IdentityVerifiedAtUtc is not null)
                {
                    return null;
                }

                return AtLeast(reason, c.CreatedAtUtc, Days(c.CreatedAtUtc, today), IncompleteFileDays);

            case AdministrativeClosureReason.NoClarification:
                return facts.OpenWait is { WaitingFor: WaitingFor.Complainant } asked
                    ? AtLeast(reason, asked.StartedAtUtc,
                        calendar.WorkingDaysBetween(OfficeTime.DateOf(asked.StartedAtUtc), today), ClarificationWorkingDays)
                    : null;

            case AdministrativeClosureReason.ComplainantUnreachable:
                return facts.OpenWait is { WaitingFor: WaitingFor.ComplainantUnreachable } unreachable
                    ? AtLeast(reason, unreachable.StartedAtUtc, Days(unreachable.StartedAtUtc, today), UnreachableDays)
                    : null;

            case AdministrativeClosureReason.HandedToOtherAgency:
                if (c.Status != CaseStatus.Referred || c.ReferralTarget is null)
                {
                    return null;
                }

                var referred = facts.EnteredStatusAtUtc ?? c.UpdatedAtUtc;
                return new ClosureCondition(reason, referred, Days(referred, today), c.ReferralTarget);

            case AdministrativeClosureReason.NoResponseAfterUnresolvable:
                // A failed mediation is recorded together with where the case goes next (the referral target), so this
                // rule does not ask for a missing target: it catches the case nobody acted on for six months after the
                // complainant was told, typically after a "handed to another agency" proposal was dismissed.
                if (c.Status != CaseStatus.Referred || c.MediationOutcome != MediationOutcome.Failed
                    || facts.LastOfficerEventAtUtc is not { } last)
                {
                    return null;
                }

                return OfficeTime.DateOf(last).AddMonths(NoResponseMonths) <= today
                    ? new ClosureCondition(reason, last, Days(last, today))
                    : null;

            default:
                return null;
        }
    }

    /// <summary>The condition to propose now: it holds, the case has no pending proposal, and no supervisor dismissed
    /// this reason after the condition (re)started.</summary>
    public static ClosureCondition? ToPropose(AdministrativeClosureReason reason, ClosureFacts facts,
        WorkingCalendar calendar, DateOnly today)
    {
        if (facts.PendingReason is not null)
        {
            return null;
        }

        var condition = Evaluate(reason, facts, calendar, today);
        return condition is not null
            && facts.LastDismissedAtUtc.TryGetValue(reason, out var dismissed) && dismissed >= condition.StartedAtUtc
            ? null
            : condition;
    }

    /// <summary>Reads the facts of the given cases (no tracking), keyed by case id; unknown ids are left out.</summary>
    public static async Task<Dictionary<int, ClosureFacts>> LoadFactsAsync(CaseDeskDb db, IReadOnlyCollection<int> caseIds,
        CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var waits = await db.CaseWaits.AsNoTracking()
            .Where(w => ids.Contains(w.CaseId) && w.EndedAtUtc == null)
            .ToListAsync(ct);
        var entered = await db.CaseEvents.AsNoTracking()
            .Where(e => ids.Contains(e.CaseId) && e.Type == CaseEventType.Transition && e.ToStatus != null)
            .GroupBy(e => new { e.CaseId, e.ToStatus })
            .Select(g => new { g.Key.CaseId, g.Key.ToStatus, At = g.Max(e => e.AtUtc) })
            .ToListAsync(ct);
        // The last thing an officer did: system events and the proposals' own bookkeeping (a supervisor's
        // dismissal included) are not the office acting on the case.
        var system = Actor.System.UserId;
        var lastOfficer = await db.CaseEvents.AsNoTracking()
            .Where(e => ids.Contains(e.CaseId) && e.ActorId != null && e.ActorId != system
                && e.Type != CaseEventType.ClosureProposed && e.Type != CaseEventType.ClosureProposalDismissed
                && e.Type != CaseEventType.ClosureProposalExpired)
            .GroupBy(e => e.CaseId)
            .Select(g => new { CaseId = g.Key, At = g.Max(e => e.AtUtc) })
            .ToDictionaryAsync(x => x.CaseId, x => x.At, ct);
        var proposals = await db.ClosureProposals.AsNoTracking()
            .Where(p => ids.Contains(p.CaseId)
                && (p.Status == ClosureProposalStatus.Pending || p.Status == ClosureProposalStatus.Dismissed))
            .Select(p => new { p.CaseId, p.Reason, p.Status, p.DecidedAtUtc })
            .ToListAsync(ct);

        return cases.ToDictionary(c => c.Id, c => new ClosureFacts(
            c,
            waits.SingleOrDefault(w => w.CaseId == c.Id),
            entered.Where(e => e.CaseId == c.Id && e.ToStatus == c.Status).Select(e => (DateTime?)e.At).Max(),
            lastOfficer.TryGetValue(c.Id, out var at) ? at : null,
            proposals.Where(p => p.CaseId == c.Id && p.Status == ClosureProposalStatus.Pending)
                .Select(p => (AdministrativeClosureReason?)p.Reason).FirstOrDefault(),
            proposals.Where(p => p.CaseId == c.Id && p.Status == ClosureProposalStatus.Dismissed && p.DecidedAtUtc != null)
                .GroupBy(p => p.Reason)
                .ToDictionary(g => g.Key, g => g.Max(p => p.DecidedAtUtc!.Value))));
    }

    /// <summary>The UTC instant at which the office day <paramref name="date"/> begins (00:00 WITA).</summary>
    public static DateTime StartOfOfficeDayUtc(DateOnly date) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - OfficeTime.Offset, DateTimeKind.Utc);

    private static ClosureCondition? AtLeast(AdministrativeClosureReason reason, DateTime sinceUtc, int days, int threshold) =>
        days >= threshold ? new ClosureCondition(reason, sinceUtc, days) : null;

    private static int Days(DateTime sinceUtc, DateOnly today) => today.DayNumber - OfficeTime.DateOf(sinceUtc).DayNumber;
}
