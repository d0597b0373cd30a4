using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.ServiceLevels;

/// <summary>
/// Keeps <see cref="Case.DueOn"/> current. Called by every write action that changes a case's state or wait state,
/// inside its transaction, so the queue can filter overdue cases with a plain indexed query.
/// </summary>
internal static class DueDates
{
    /// <summary>Sets <see cref="Case.DueOn"/> from the tracked case, its events (saved and pending) and its waits.
    /// A paused or closed case, or one in a state without a clock, has none.</summary>
    public static async Task UpdateAsync(CaseDeskDb db, Case c, ServiceLevelOptions options, DateTime nowUtc,
        CancellationToken ct)
    {
        if (!c.IsOpen)
        {
            c.DueOn = null;
            return;
        }

        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var facts = await FactsAsync(db, c, ct);
        var clock = ServiceLevelClock.Compute(facts, calendar, options, OfficeTime.DateOf(nowUtc));
        c.DueOn = clock is { IsPaused: false } ? clock.DueOn : null;
    }

    private static async Task<ClockFacts> FactsAsync(CaseDeskDb db, Case c, CancellationToken ct)
    {
        var status = c.Status;
        var entered = c.Events.Where(e => e.Type == CaseEventType.Transition && e.ToStatus == status)
            .Select(e => (DateTime?)e.AtUtc).Max();
        if (c.Id != 0)
        {
            var saved = await db.CaseEvents
                .Where(e => e.CaseId == c.Id && e.Type == CaseEventType.Transition && e.ToStatus == status)
                .MaxAsync(e => (DateTime?)e.AtUtc, ct);
            entered = saved > entered || entered is null ? saved : entered;
            // Loading tracks the waits; tracked ones keep their pending changes and added ones are in Local.
            await db.CaseWaits.Where(w => w.CaseId == c.Id).LoadAsync(ct);
        }

        var waits = db.CaseWaits.Local.Where(w => w.CaseId == c.Id && c.Id != 0)
            .Select(w => new WaitPeriod(w.StartedAtUtc, w.EndedAtUtc)).ToList();
        return new ClockFacts(c.Kind, status, c.CreatedAtUtc, entered, c.IdentityVerifiedAtUtc, waits);
    }
}
