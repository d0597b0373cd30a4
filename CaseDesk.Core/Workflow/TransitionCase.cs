using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Workflow;

/// <summary>
/// Fires one trigger on one case in one transaction: new state, step data, timeline event and version increment
/// commit together. A stale <c>expectedVersion</c> returns <see cref="TransitionOutcome.Conflict"/> and changes nothing.
/// </summary>
public sealed class TransitionCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public async Task<TransitionResult> ExecuteAsync(int caseId, CaseTrigger trigger, StepInput input, int expectedVersion,
        Actor actor, CancellationToken ct = default)
    {
        try
        {
            return await TransitionAsync(caseId, trigger, input, expectedVersion, actor, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another writer saved this case between our read and our write.
            return Failure(TransitionOutcome.Conflict, WorkflowText.Get("Conflict_Stale"));
        }
        catch (Exception e) when (IsBusy(e))
        {
            return Failure(TransitionOutcome.Conflict, WorkflowText.Get("Conflict_Busy"));
        }
    }

    private async Task<TransitionResult> TransitionAsync(int caseId, CaseTrigger trigger, StepInput input,
        int expectedVersion, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for a deferred transaction: the write lock is taken
        // here, so concurrent writers queue on the busy timeout instead of failing to upgrade a read lock later.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var c = await db.Cases.SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return Failure(TransitionOutcome.NotFound, WorkflowText.Get("NotFound_Case"));
        }

        if (c.Version != expectedVersion)
        {
            return Failure(TransitionOutcome.Conflict, WorkflowText.Get("Conflict_Stale"));
        }

        var machine = CaseWorkflow.Build(c, actor);
        if (!machine.CanFire(trigger, out var unmet))
        {
            return Failure(TransitionOutcome.NotPermitted, unmet is { Count: > 0 }
                ? unmet.Select(Guards.Localize).ToList()
                : [WorkflowText.Get("NotPermitted_Step")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var errors = StepRules.Validate(trigger, input, now);
        if (errors.Count > 0)
        {
            return new TransitionResult(TransitionOutcome.Invalid, errors, null, null);
        }

        var from = c.Status;
        StepRules.Apply(c, trigger, input);
        machine.Fire(trigger);

        c.Events.Add(new CaseEvent
        {
            Type = CaseEventType.Transition,
            AtUtc = now,
            ActorId = actor.UserId,
            ActorName = actor.DisplayName,
            FromStatus = from,
            ToStatus = c.Status,
            Trigger = trigger.ToString(),
            Note = StepRules.Clean(input.Note),
            Data = StepRules.Facts(trigger, input).Serialize(),
        });
        c.UpdatedAtUtc = now;
        c.ClosedAtUtc = c.Status == CaseStatus.Closed ? now : null;
        c.Urgency = c.DeriveUrgency();
        c.Version++;

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TransitionResult(TransitionOutcome.Succeeded, [], c.Version, c.Status);
    }

    private static TransitionResult Failure(TransitionOutcome outcome, params IReadOnlyList<string> messages) =>
        new(outcome, messages, null, null);

    private static bool IsBusy(Exception e) =>
        e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || (e is DbUpdateException { InnerException: { } inner } && IsBusy(inner));
}
