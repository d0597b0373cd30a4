using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.ServiceLevels;

public sealed record WaitInput(WaitingFor WaitingFor, string? Party, string? Reason);

/// <summary>Marks an open case as waiting on a third party, which pauses its service-level clock. One open wait per
/// case; the wait, the timeline event, the due date and the version increment commit together.</summary>
public sealed class StartWaiting(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<ServiceLevelOptions>? options = null, IOptions<AccessOptions>? access = null)
{
    public const int ReasonMaxLength = 1000;
    public const int PartyMaxLength = 150;

    public async Task<CaseCommandResult> ExecuteAsync(int caseId, WaitInput input, int expectedVersion, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var reason = CaseValidator.Clean(input.Reason);
        var party = CaseValidator.Clean(input.Party);
        if (reason is null)
        {
            return CommandResults.Invalid(nameof(WaitInput.Reason), CaseText.Get("Validation_WaitReasonRequired"));
        }

        if (reason.Length > ReasonMaxLength)
        {
            return CommandResults.Invalid(nameof(WaitInput.Reason),
                CaseText.Format("Validation_WaitReasonTooLong", ReasonMaxLength));
        }

        if (party is { Length: > PartyMaxLength })
        {
            return CommandResults.Invalid(nameof(WaitInput.Party),
                CaseText.Format("Validation_WaitPartyTooLong", PartyMaxLength));
        }

        if (!Enum.IsDefined(input.WaitingFor))
        {
            return CommandResults.Invalid(nameof(WaitInput.WaitingFor), CaseText.Get("Validation_WaitingForUnknown"));
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            // BEGIN IMMEDIATE (see TransitionCase): the "one open wait" check and the insert see the same data.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
            var c = await scope.Apply(db.Cases).SingleOrDefaultAsync(x => x.Id == caseId, ct);
            if (c is null)
            {
                return CommandResults.NotFound;
            }

            if (!c.IsOpen)
            {
                return CommandResults.NotAllowed;
            }

            if (c.Version != expectedVersion)
            {
                return CommandResults.Conflict;
            }

            if (await db.CaseWaits.AnyAsync(w => w.CaseId == caseId && w.EndedAtUtc == null, ct))
            {
                return CommandResults.Invalid(nameof(WaitInput.WaitingFor), CaseText.Get("Validation_WaitAlreadyOpen"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            db.CaseWaits.Add(new CaseWait
            {
                CaseId = caseId,
                WaitingFor = input.WaitingFor,
                Party = party,
                Reason = reason,
                StartedAtUtc = now,
                StartedById = actor.UserId,
                StartedByName = actor.DisplayName,
            });
            c.WaitingFor = input.WaitingFor;
            c.UpdatedAtUtc = now;
            c.Version++;
            var culture = CaseText.RecordCulture;
            var whom = CaseText.Label(input.WaitingFor, culture) + (party is null ? "" : $" ({party})");
            db.CaseEvents.Add(CommandResults.Event(caseId, CaseEventType.WaitStarted, now, actor,
                CaseText.FormatIn(culture, "Event_WaitStarted", whom, reason)));
            await DueDates.UpdateAsync(db, c, options?.Value ?? new ServiceLevelOptions(), now, ct);

            var result = await CommandResults.SaveAsync(db, c.Version, ct);
            if (result.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }

            return result;
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return CommandResults.Conflict;
        }
    }
}

/// <summary>Ends a case's open wait; the clock runs again, the paused working days no longer count.</summary>
public sealed class EndWaiting(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<ServiceLevelOptions>? options = null, IOptions<AccessOptions>? access = null)
{
    public async Task<CaseCommandResult> ExecuteAsync(int caseId, int expectedVersion, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
            var c = await scope.Apply(db.Cases).SingleOrDefaultAsync(x => x.Id == caseId, ct);
            if (c is null)
            {
                return CommandResults.NotFound;
            }

            if (c.Version != expectedVersion)
            {
                return CommandResults.Conflict;
            }

            var wait = await db.CaseWaits.SingleOrDefaultAsync(w => w.CaseId == caseId && w.EndedAtUtc == null, ct);
            if (wait is null)
            {
                return CommandResults.Invalid(nameof(WaitInput.WaitingFor), CaseText.Get("Validation_NoOpenWait"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            End(c, wait, now, actor);
            c.UpdatedAtUtc = now;
            c.Version++;
            var calendar = await WorkingCalendar.LoadAsync(db, ct);
            var paused = Math.Max(0, calendar.WorkingDaysBetween(OfficeTime.DateOf(wait.StartedAtUtc),
                OfficeTime.DateOf(now)));
            var culture = CaseText.RecordCulture;
            db.CaseEvents.Add(CommandResults.Event(caseId, CaseEventType.WaitEnded, now, actor,
                CaseText.FormatIn(culture, "Event_WaitEnded", CaseText.Label(wait.WaitingFor, culture), paused)));
            await DueDates.UpdateAsync(db, c, options?.Value ?? new ServiceLevelOptions(), now, ct);

            var result = await CommandResults.SaveAsync(db, c.Version, ct);
            if (result.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }

            return result;
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return CommandResults.Conflict;
        }
    }

    /// <summary>Closes a wait on the tracked case (also used when a step ends the case while it waits).</summary>
    internal static void End(Case c, CaseWait wait, DateTime nowUtc, Actor actor)
    {
        wait.EndedAtUtc = nowUtc;
        wait.EndedById = actor.UserId;
        wait.EndedByName = actor.DisplayName;
        c.WaitingFor = null;
    }
}
