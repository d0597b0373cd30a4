using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.ServiceLevels;

/// <summary>What one run escalated: steps per level, notifications written, and cases left for the next run because
/// the database stayed busy.</summary>
public sealed record EscalationRun(int Officer, int Supervisor, int Head, int Notifications, int Skipped)
{
    public int Escalations => Officer + Supervisor + Head;
}

/// <summary>
/// Escalates open cases past their stored due date (<see cref="Case.DueOn"/>), in steps counted in working days from
/// that date: the assigned officer on the due date itself, the supervisors <see
/// cref="EscalationOptions.SupervisorAfterWorkingDays"/> later, the head of office <see
/// cref="EscalationOptions.HeadAfterWorkingDays"/> later. Levels are cumulative: a case first seen at head level
/// gets all three, in order.
/// </summary>
/// <remarks>
/// Safe to run repeatedly, concurrently and after a restart: what was done is the <see cref="Escalation"/> rows,
/// unique per (case, due date, level) in the database, re-read inside each case's transaction. Each case commits its
/// escalations, timeline events and notifications together. Only overdue cases are read, through the DueOn index and
/// in batches; cases already at head level for their due date are left out by the query.
/// </remarks>
public sealed class EscalateOverdueCases(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<EscalationOptions>? options = null)
{
    internal int BatchSize { get; init; } = 200;

    public async Task<EscalationRun> ExecuteAsync(CancellationToken ct = default)
    {
        var settings = options?.Value ?? new EscalationOptions();
        var today = OfficeTime.Today(clock);
        WorkingCalendar calendar;
        Recipients recipients;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            calendar = await WorkingCalendar.LoadAsync(db, ct);
            recipients = await Recipients.LoadAsync(db, ct);
        }

        var steps = new Steps(calendar, settings, today);
        var added = new Dictionary<EscalationLevel, int>();
        int notifications = 0, skipped = 0, after = 0;
        while (true)
        {
            var (batch, done) = await NextBatchAsync(after, today, ct);
            if (batch.Count == 0)
            {
                break;
            }

            after = batch[^1].Id;
            foreach (var (id, dueOn) in batch)
            {
                ct.ThrowIfCancellationRequested();
                if (steps.Due(dueOn).All(level => done.Contains((id, dueOn, level))))
                {
                    continue;
                }

                var outcome = await EscalateAsync(id, steps, recipients, ct);
                if (outcome is null)
                {
                    skipped++;
                    continue;
                }

                foreach (var level in outcome.Value.Levels)
                {
                    added[level] = added.GetValueOrDefault(level) + 1;
                }

                notifications += outcome.Value.Notifications;
            }
        }

        return new EscalationRun(added.GetValueOrDefault(EscalationLevel.Officer),
            added.GetValueOrDefault(EscalationLevel.Supervisor), added.GetValueOrDefault(EscalationLevel.Head),
            notifications, skipped);
    }

    private async Task<(List<(int Id, DateOnly DueOn)> Batch, HashSet<(int, DateOnly, EscalationLevel)> Done)>
        NextBatchAsync(int after, DateOnly today, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.DueOn != null && c.DueOn <= today && c.Id > after
                && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Rejected && c.Status != CaseStatus.Withdrawn
                && !db.Escalations.Any(e => e.CaseId == c.Id && e.DueOn == c.DueOn && e.Level == EscalationLevel.Head))
            .OrderBy(c => c.Id)
            .Take(BatchSize)
            .Select(c => new { c.Id, DueOn = c.DueOn!.Value })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var done = await db.Escalations.AsNoTracking()
            .Where(e => ids.Contains(e.CaseId))
            .Select(e => new { e.CaseId, e.DueOn, e.Level })
            .ToListAsync(ct);
        return (rows.Select(r => (r.Id, r.DueOn)).ToList(), done.Select(e => (e.CaseId, e.DueOn, e.Level)).ToHashSet());
    }

    /// <summary>The levels added and notifications written (none when another run was first or the case changed),
    /// or null when the database stayed busy.</summary>
    private async Task<(IReadOnlyList<EscalationLevel> Levels, int Notifications)?> EscalateAsync(int caseId,
        Steps steps, Recipients recipients, CancellationToken ct)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            // BEGIN IMMEDIATE (see TransitionCase): the case and the escalations done so far are read under the write
            // lock, so a concurrent run waits here and then finds the rows this one wrote.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var c = await db.Cases.AsNoTracking()
                .Where(x => x.Id == caseId)
                .Select(x => new
                {
                    x.ReferenceNumber,
                    x.Status,
                    x.DueOn,
                    x.AssignedOfficerId,
                    OfficerName = x.AssignedOfficer == null ? null : x.AssignedOfficer.DisplayName,
                })
                .SingleOrDefaultAsync(ct);
            // Read again: a step or a wait since the batch was read may have moved or cleared the due date.
            if (c is not { DueOn: { } dueOn } || !Case.IsOpenStatus(c.Status))
            {
                return ([], 0);
            }

            var done = await db.Escalations.Where(e => e.CaseId == caseId && e.DueOn == dueOn)
                .Select(e => e.Level).ToListAsync(ct);
            var missing = steps.Due(dueOn).Except(done).ToList();
            if (missing.Count == 0)
            {
                return ([], 0);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var due = steps.DuePhrase(dueOn);
            var culture = CaseText.RecordCulture;
            var notified = 0;
            foreach (var level in missing)
            {
                db.Escalations.Add(new Escalation { CaseId = caseId, Level = level, DueOn = dueOn, AtUtc = now });

                var unassigned = level == EscalationLevel.Officer && c.AssignedOfficerId is null;
                var note = level switch
                {
                    EscalationLevel.Officer when unassigned => CaseText.FormatIn(culture, "Event_EscalatedUnassigned", due),
                    EscalationLevel.Officer => CaseText.FormatIn(culture, "Event_EscalatedOfficer", c.OfficerName, due),
                    EscalationLevel.Supervisor => CaseText.FormatIn(culture, "Event_EscalatedSupervisor", due),
                    _ => CaseText.FormatIn(culture, "Event_EscalatedHead", due),
                };
                // Escalations leave Case.Version alone: they change no field an officer edits, and bumping it would
                // make the officer's open form fail with a conflict for something they did not collide with.
                db.CaseEvents.Add(CommandResults.Event(caseId, CaseEventType.Escalated, now, Actor.System, note));

                IEnumerable<string> to = level switch
                {
                    EscalationLevel.Officer when !unassigned => [c.AssignedOfficerId!],
                    EscalationLevel.Officer or EscalationLevel.Supervisor => recipients.Supervisors,
                    _ => recipients.Heads,
                };
                foreach (var userId in to)
                {
                    db.Notifications.Add(new Notification
                    {
                        UserId = userId,
                        Kind = NotificationKind.Escalation,
                        CaseId = caseId,
                        CaseReference = c.ReferenceNumber,
                        Level = level,
                        DueOn = dueOn,
                        CaseUnassigned = unassigned,
                        CreatedAtUtc = now,
                    });
                    notified++;
                }
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (missing, notified);
        }
        catch (Exception e) when (DbErrors.IsUniqueViolation(e))
        {
            // A provider that does not lock up front: another run escalated this case first, which is the goal.
            return ([], 0);
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return null;
        }
    }

    /// <summary>When each level falls due for a due date, and how late a case is, in working days.</summary>
    private sealed class Steps(WorkingCalendar calendar, EscalationOptions settings, DateOnly today)
    {
        public IEnumerable<EscalationLevel> Due(DateOnly dueOn)
        {
            if (today >= dueOn)
            {
                yield return EscalationLevel.Officer;
            }

            if (today >= calendar.AddWorkingDays(dueOn, settings.SupervisorAfterWorkingDays))
            {
                yield return EscalationLevel.Supervisor;
            }

            if (today >= calendar.AddWorkingDays(dueOn, settings.HeadAfterWorkingDays))
            {
                yield return EscalationLevel.Head;
            }
        }

        public string DuePhrase(DateOnly dueOn)
        {
            var culture = CaseText.RecordCulture;
            var date = IndonesianText.LongDate(dueOn);
            var late = calendar.WorkingDaysBetween(dueOn, today);
            return today == dueOn ? CaseText.FormatIn(culture, "Escalation_DueToday", date)
                : late > 0 ? CaseText.FormatIn(culture, "Escalation_DuePassedDays", date, late)
                : CaseText.FormatIn(culture, "Escalation_DuePassed", date);
        }
    }

    /// <summary>Who receives the supervisor and head levels, read once per run. Without a head of office the
    /// administrators are told, and likewise without supervisors, so an escalation never goes to nobody.</summary>
    private sealed record Recipients(IReadOnlyList<string> Supervisors, IReadOnlyList<string> Heads)
    {
        public static async Task<Recipients> LoadAsync(CaseDeskDb db, CancellationToken ct)
        {
            string[] roles = [Roles.Supervisor, Roles.Head, Roles.Admin];
            var members = await (
                    from ur in db.UserRoles
                    join r in db.Roles on ur.RoleId equals r.Id
                    where roles.Contains(r.Name!)
                    orderby ur.UserId
                    select new { Role = r.Name!, ur.UserId })
                .ToListAsync(ct);
            IReadOnlyList<string> In(string role) => members.Where(m => m.Role == role).Select(m => m.UserId)
                .Distinct().ToList();
            var admins = In(Roles.Admin);
            var supervisors = In(Roles.Supervisor);
            var heads = In(Roles.Head);
            return new Recipients(supervisors.Count > 0 ? supervisors : admins, heads.Count > 0 ? heads : admins);
        }
    }
}
