using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Approvals;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Letters;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Workflow;

/// <summary>
/// Fires one trigger on one case in one transaction: new state, step data, timeline event, version increment and the
/// step's letter (when <see cref="StepInput.Letter"/> asks for it) commit together. A stale <c>expectedVersion</c>
/// returns <see cref="TransitionOutcome.Conflict"/> and changes nothing.
/// </summary>
/// <remarks>Without <paramref name="letterOptions"/> (tests, tools) letters use the default <see cref="LetterOptions"/>.</remarks>
public sealed class TransitionCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<LetterOptions>? letterOptions = null, IOptions<ServiceLevelOptions>? serviceLevels = null,
    IOptions<AccessOptions>? access = null)
{

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
        catch (Exception e) when (DbErrors.IsBusy(e))
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

        var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
        var c = await scope.Apply(db.Cases).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return Failure(TransitionOutcome.NotFound, WorkflowText.Get("NotFound_Case"));
        }

        if (c.Version != expectedVersion)
        {
            return Failure(TransitionOutcome.Conflict, WorkflowText.Get("Conflict_Stale"));
        }

        // An anonymised case stays finished: reopening would work on placeholders instead of the person's data.
        if (c.AnonymisedAtUtc is not null)
        {
            return Failure(TransitionOutcome.NotPermitted, WorkflowText.Get("NotPermitted_Anonymised"));
        }

        // Reached only by confirming a closure proposal (ConfirmClosureProposal), which records the proposal too.
        if (trigger == CaseTrigger.CloseAdministratively)
        {
            return Failure(TransitionOutcome.NotPermitted, WorkflowText.Get("NotPermitted_ConfirmProposal"));
        }

        // An officer ends a case only through a supervisor's approval (RequestApproval, then ApproveRequest).
        if (ApprovalRules.NeedsApproval(trigger, actor))
        {
            return Failure(TransitionOutcome.NotPermitted, ApprovalText.Get("Error_NeedsApproval"));
        }

        // A pending request holds the workflow until it is decided, so the supervisor decides on the case as asked.
        if (await db.ApprovalRequests.AnyAsync(r => r.CaseId == caseId && r.Status == ApprovalStatus.Pending, ct))
        {
            return Failure(TransitionOutcome.NotPermitted, ApprovalText.Get("Error_Pending"));
        }

        var step = await ApplyAsync(db, c, trigger, input, actor, clock.GetUtcNow().UtcDateTime,
            letterOptions?.Value, serviceLevels?.Value, ct);
        if (step.Failure is { } failure)
        {
            return failure; // nothing was saved
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TransitionResult(TransitionOutcome.Succeeded, [], c.Version, c.Status, step.Letter?.Id,
            step.Letter?.Number);
    }

    /// <summary>
    /// Fires <paramref name="trigger"/> on the tracked case inside the caller's open transaction: guards, step input
    /// and letter checks, step data, new state, timeline event, version, wait, due date and the step's letter. The
    /// caller checked the version and saves; after a failure the context may hold half a step, so the caller returns
    /// the failure without saving.
    /// </summary>
    internal static async Task<AppliedStep> ApplyAsync(CaseDeskDb db, Case c, CaseTrigger trigger, StepInput input,
        Actor actor, DateTime now, LetterOptions? letterOptions, ServiceLevelOptions? serviceLevels, CancellationToken ct)
    {
        if (Check(c, trigger, input, actor, now) is { } refused)
        {
            return new AppliedStep(refused, null);
        }

        var machine = CaseWorkflow.Build(c, actor);
        var letterType = input.Letter is null ? null : StepLetters.For(trigger, c);
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
        // A reopened case is no longer closed on a Pasal 30 ground (the timeline keeps the earlier closure).
        c.AdministrativeClosureReason = c.Status == CaseStatus.Closed ? c.AdministrativeClosureReason : null;
        c.Urgency = c.DeriveUrgency();
        c.Version++;

        // A case that ends while it waits on a third party stops waiting; a reopened case starts a fresh clock.
        if (!c.IsOpen && c.WaitingFor is not null
            && await db.CaseWaits.SingleOrDefaultAsync(w => w.CaseId == c.Id && w.EndedAtUtc == null, ct) is { } wait)
        {
            EndWaiting.End(c, wait, now, actor);
        }

        await DueDates.UpdateAsync(db, c, serviceLevels ?? new ServiceLevelOptions(), now, ct);

        // An ended case has nothing left to approve (e.g. closed administratively while a request waited).
        if (!c.IsOpen)
        {
            await PendingApprovals.DropAsync(db, c, actor, now, ct);
        }

        Letter? letter = null;
        if (letterType is { } issued)
        {
            // The letter describes the case after the step (e.g. the minutes carry the agreement just recorded).
            var unfit = LetterRules.Unfit(issued, c);
            if (unfit.Count > 0)
            {
                return new AppliedStep(new TransitionResult(TransitionOutcome.Invalid, unfit, null, null), null);
            }

            // UU 27/2022: the step's letter may hand personal data to another agency; without consent the whole step
            // fails (nothing saved, no number used) and the officer can take it without the letter.
            if (Consents.ConsentRules.Refusal(issued, c.ReferralTarget,
                    await Consents.ConsentQueries.LoadAsync(db, c.Id, ct)) is { } refusal)
            {
                return new AppliedStep(new TransitionResult(TransitionOutcome.NotPermitted, [refusal], null, null), null);
            }

            letter = await new LetterRegister(letterOptions ?? new LetterOptions())
                .IssueAsync(db, c, issued, input.Letter!, actor, now, ct);
        }

        return new AppliedStep(null, letter);
    }

    /// <summary>
    /// The checks made before a step fires — guards for <paramref name="actor"/>, step input, letter details — as the
    /// failure that stops it, or null when the step can fire now. Changes nothing.
    /// </summary>
    internal static TransitionResult? Check(Case c, CaseTrigger trigger, StepInput input, Actor actor, DateTime now)
    {
        var machine = CaseWorkflow.Build(c, actor);
        if (!machine.CanFire(trigger, out var unmet))
        {
            return Failure(TransitionOutcome.NotPermitted, unmet is { Count: > 0 }
                ? unmet.Select(Guards.Localize).ToList()
                : [WorkflowText.Get("NotPermitted_Step")]);
        }

        var errors = StepRules.Validate(trigger, input, now).ToList();
        var letterType = input.Letter is null ? null : StepLetters.For(trigger, c);
        if (input.Letter is { } details)
        {
            errors.AddRange(letterType is { } type
                ? LetterRules.Validate(type, details, OfficeTime.DateOf(now))
                : [LetterText.Get("Invalid_NoLetterForStep")]);
        }

        return errors.Count > 0 ? new TransitionResult(TransitionOutcome.Invalid, errors, null, null) : null;
    }

    private static TransitionResult Failure(TransitionOutcome outcome, params IReadOnlyList<string> messages) =>
        new(outcome, messages, null, null);
}

/// <summary>A step applied to a tracked case (<see cref="TransitionCase.ApplyAsync"/>): the failure that stopped it,
/// or the letter issued with it (if any).</summary>
internal sealed record AppliedStep(TransitionResult? Failure, Letter? Letter);
