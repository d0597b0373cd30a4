using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.ServiceLevels;

/// <summary>
/// Recomputes <see cref="Case.DueOn"/> of every open case, for when the holiday table or the targets changed. Run at
/// start-up after the migrations; a few hundred open cases take well under a second.
/// </summary>
/// <remarks>A due date is derived data: it does not change <see cref="Case.Version"/>, so an officer editing a case
/// meanwhile is not interrupted.</remarks>
public sealed class RecomputeDueDates(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<ServiceLevelOptions>? options = null)
{
    /// <summary>Returns how many cases got a different due date.</summary>
    public async Task<int> ExecuteAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = OfficeTime.Today(clock);
        var settings = options?.Value ?? new ServiceLevelOptions();
        var calendar = await WorkingCalendar.LoadAsync(db, ct);

        var open = await db.Cases
            .Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.Rejected
                && c.Status != CaseStatus.Withdrawn)
            .ToListAsync(ct);
        var entered = await (
                from e in db.CaseEvents
                join c in db.Cases on e.CaseId equals c.Id
                where e.Type == CaseEventType.Transition && e.ToStatus == c.Status
                group e by e.CaseId into g
                select new { CaseId = g.Key, At = g.Max(x => x.AtUtc) })
            .ToDictionaryAsync(x => x.CaseId, x => x.At, ct);
        var waits = (await db.CaseWaits.AsNoTracking().ToListAsync(ct))
            .ToLookup(w => w.CaseId, w => new WaitPeriod(w.StartedAtUtc, w.EndedAtUtc));

        var changed = 0;
        foreach (var c in open)
        {
            var facts = new ClockFacts(c.Kind, c.Status, c.CreatedAtUtc,
                entered.TryGetValue(c.Id, out var at) ? at : null, c.IdentityVerifiedAtUtc, [.. waits[c.Id]]);
            var computed = ServiceLevelClock.Compute(facts, calendar, settings, today);
            var due = computed is { IsPaused: false } ? computed.DueOn : (DateOnly?)null;
            if (c.DueOn != due)
            {
                c.DueOn = due;
                changed++;
            }
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }
}
