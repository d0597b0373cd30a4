using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Closures;

/// <summary>What one scan did: new proposals per reason, and stale pending proposals withdrawn.</summary>
public sealed record ClosureScanResult(IReadOnlyDictionary<AdministrativeClosureReason, int> Proposed, int Expired)
{
    public int TotalProposed => Proposed.Values.Sum();
}

/// <summary>
/// Scans open cases for the grounds of Perban 6/2024 Ps 30 and proposes administrative closures for a supervisor to
/// confirm. First withdraws pending proposals whose condition no longer holds, then, rule by rule, narrows the cases
/// in the database (never loading all cases), reads the facts of each batch and writes each proposal with its
/// timeline event in one transaction per case. Repeated runs create nothing new; a dismissed reason comes back only
/// when its condition started again after the dismissal.
/// </summary>
/// <remarks>Run by the app's background monitor and by "Periksa sekarang" on the proposals page.</remarks>
public sealed class ProposeAdministrativeClosures(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public const int BatchSize = 200;

    public async Task<ClosureScanResult> ExecuteAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = OfficeTime.DateOf(now);
        WorkingCalendar calendar;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            calendar = await WorkingCalendar.LoadAsync(db, ct);
        }

        var expired = await ExpireStaleAsync(calendar, today, now, ct);
        var proposed = ClosureRules.Order.ToDictionary(r => r, _ => 0);
        foreach (var reason in ClosureRules.Order)
        {
            var afterId = 0;
            while (true)
            {
                List<int> ids;
                Dictionary<int, ClosureFacts> facts;
                await using (var db = await dbFactory.CreateDbContextAsync(ct))
                {
                    ids = await Candidates(db, reason, today)
                        .Where(id => id > afterId).OrderBy(id => id).Take(BatchSize)
                        .ToListAsync(ct);
                    facts = ids.Count == 0 ? [] : await ClosureRules.LoadFactsAsync(db, ids, ct);
                }

                if (ids.Count == 0)
                {
                    break;
                }

                afterId = ids[^1];
                foreach (var id in ids)
                {
                    ct.ThrowIfCancellationRequested();
                    if (facts.TryGetValue(id, out var f) && ClosureRules.ToPropose(reason, f, calendar, today) is not null
                        && await ProposeAsync(id, reason, calendar, today, now, ct))
                    {
                        proposed[reason]++;
                    }
                }
            }
        }

        return new ClosureScanResult(proposed, expired);
    }

    /// <summary>Open cases without a pending proposal that may meet the rule: exact for the calendar-day rules, a
    /// superset for the working-day and month rules (the exact check runs on the facts).</summary>
    private static IQueryable<int> Candidates(CaseDeskDb db, AdministrativeClosureReason reason, DateOnly today)
    {
        var open = db.Cases.AsNoTracking()
            .Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.Rejected && c.Status != CaseStatus.Withdrawn)
            .Where(c => !db.ClosureProposals.Any(p => p.CaseId == c.Id && p.Status == ClosureProposalStatus.Pending));
        switch (reason)
        {
            case AdministrativeClosureReason.IncompleteFile:
                {
                    // Registered on an office day at least 30 days before today.
                    var cutoff = ClosureRules.StartOfOfficeDayUtc(today.AddDays(1 - ClosureRules.IncompleteFileDays));
                    return open.Where(c => (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Verification)
                            && c.IdentityVerifiedAtUtc == null && c.CreatedAtUtc < cutoff)
                        .Select(c => c.Id);
                }

            case AdministrativeClosureReason.NoClarification:
                // 15 working days are at least 15 calendar days.
                return WaitingSince(db, open, WaitingFor.Complainant,
                    ClosureRules.StartOfOfficeDayUtc(today.AddDays(1 - ClosureRules.ClarificationWorkingDays)));

            case AdministrativeClosureReason.ComplainantUnreachable:
                return WaitingSince(db, open, WaitingFor.ComplainantUnreachable,
                    ClosureRules.StartOfOfficeDayUtc(today.AddDays(1 - ClosureRules.UnreachableDays)));

            case AdministrativeClosureReason.HandedToOtherAgency:
                return open.Where(c => c.Status == CaseStatus.Referred && c.ReferralTarget != null).Select(c => c.Id);

            case AdministrativeClosureReason.NoResponseAfterUnresolvable:
                {
                    // Six months back, plus the days a shorter month can clamp away (31 August + 6 months = 28 February).
                    var cutoff = ClosureRules.StartOfOfficeDayUtc(today.AddMonths(-ClosureRules.NoResponseMonths).AddDays(4));
                    var system = Actor.System.UserId;
                    return open.Where(c => c.Status == CaseStatus.Referred && c.MediationOutcome == MediationOutcome.Failed
                            && db.CaseEvents.Where(e => e.CaseId == c.Id && e.ActorId != null && e.ActorId != system
                                    && e.Type != CaseEventType.ClosureProposed
                                    && e.Type != CaseEventType.ClosureProposalDismissed
                                    && e.Type != CaseEventType.ClosureProposalExpired)
                                .Max(e => (DateTime?)e.AtUtc) < cutoff)
                        .Select(c => c.Id);
                }

            default:
                return open.Where(_ => false).Select(c => c.Id);
        }
    }

    private static IQueryable<int> WaitingSince(CaseDeskDb db, IQueryable<Case> open, WaitingFor waitingFor,
        DateTime startedBeforeUtc) =>
        open.Where(c => db.CaseWaits.Any(w => w.CaseId == c.Id && w.EndedAtUtc == null && w.WaitingFor == waitingFor
                && w.StartedAtUtc < startedBeforeUtc))
            .Select(c => c.Id);

    /// <summary>Proposes in its own transaction, re-checking the facts under the write lock.</summary>
    private async Task<bool> ProposeAsync(int caseId, AdministrativeClosureReason reason, WorkingCalendar calendar,
        DateOnly today, DateTime now, CancellationToken ct)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            // BEGIN IMMEDIATE (see TransitionCase): the pending check and the insert see the same data.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var facts = await ClosureRules.LoadFactsAsync(db, [caseId], ct);
            if (!facts.TryGetValue(caseId, out var f) || ClosureRules.ToPropose(reason, f, calendar, today) is not { } condition)
            {
                return false;
            }

            var proposal = new ClosureProposal
            {
                CaseId = caseId,
                Reason = reason,
                ConditionStartedAtUtc = condition.StartedAtUtc,
                DayCount = condition.DayCount,
                ReferralTarget = condition.ReferralTarget,
                ProposedAtUtc = now,
                Status = ClosureProposalStatus.Pending,
            };
            db.ClosureProposals.Add(proposal);
            var culture = ClosureText.RecordCulture;
            db.CaseEvents.Add(ClosureEvents.Event(caseId, CaseEventType.ClosureProposed, now, Actor.System,
                ClosureText.Format(culture, "Event_Proposed", ClosureText.LegalBasis(culture),
                    AdministrativeClosureReasons.Code(reason), ClosureText.Grounds(reason, culture),
                    ClosureText.Evidence(proposal.Evidence, culture))));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return false; // the next scan tries again
        }
    }

    private async Task<int> ExpireStaleAsync(WorkingCalendar calendar, DateOnly today, DateTime now, CancellationToken ct)
    {
        var expired = 0;
        var afterId = 0;
        while (true)
        {
            List<(int Id, int CaseId, AdministrativeClosureReason Reason)> pending;
            Dictionary<int, ClosureFacts> facts;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                pending = (await db.ClosureProposals.AsNoTracking()
                        .Where(p => p.Status == ClosureProposalStatus.Pending && p.Id > afterId)
                        .OrderBy(p => p.Id).Take(BatchSize)
                        .Select(p => new { p.Id, p.CaseId, p.Reason })
                        .ToListAsync(ct))
                    .Select(p => (p.Id, p.CaseId, p.Reason)).ToList();
                facts = pending.Count == 0 ? [] : await ClosureRules.LoadFactsAsync(db, [.. pending.Select(p => p.CaseId)], ct);
            }

            if (pending.Count == 0)
            {
                return expired;
            }

            afterId = pending[^1].Id;
            foreach (var p in pending)
            {
                ct.ThrowIfCancellationRequested();
                if ((!facts.TryGetValue(p.CaseId, out var f) || ClosureRules.Evaluate(p.Reason, f, calendar, today) is null)
                    && await ExpireAsync(p.Id, calendar, today, now, ct))
                {
                    expired++;
                }
            }
        }
    }

    private async Task<bool> ExpireAsync(int proposalId, WorkingCalendar calendar, DateOnly today, DateTime now,
        CancellationToken ct)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var proposal = await db.ClosureProposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
            if (proposal is not { Status: ClosureProposalStatus.Pending })
            {
                return false;
            }

            var facts = await ClosureRules.LoadFactsAsync(db, [proposal.CaseId], ct);
            if (facts.TryGetValue(proposal.CaseId, out var f) && ClosureRules.Evaluate(proposal.Reason, f, calendar, today) is not null)
            {
                return false;
            }

            ClosureEvents.Expire(db, proposal, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return false;
        }
    }
}

/// <summary>The proposals' timeline events (they change no case field, so the case's version stays, as for a note).</summary>
internal static class ClosureEvents
{
    public static CaseEvent Event(int caseId, CaseEventType type, DateTime atUtc, Actor actor, string note) => new()
    {
        CaseId = caseId,
        Type = type,
        AtUtc = atUtc,
        ActorId = actor.UserId,
        ActorName = actor.DisplayName,
        Note = note.Length <= CaseValidator.NoteMaxLength ? note : note[..(CaseValidator.NoteMaxLength - 1)] + "…",
    };

    /// <summary>Withdraws a pending proposal whose condition no longer holds, with its timeline event.</summary>
    public static void Expire(CaseDeskDb db, ClosureProposal proposal, DateTime nowUtc)
    {
        proposal.Status = ClosureProposalStatus.Expired;
        proposal.DecidedAtUtc = nowUtc;
        proposal.DecidedById = Actor.System.UserId;
        proposal.DecidedByName = Actor.System.DisplayName;
        db.CaseEvents.Add(Event(proposal.CaseId, CaseEventType.ClosureProposalExpired, nowUtc, Actor.System,
            ClosureText.Format(ClosureText.RecordCulture, "Event_Expired", AdministrativeClosureReasons.Code(proposal.Reason))));
    }
}
