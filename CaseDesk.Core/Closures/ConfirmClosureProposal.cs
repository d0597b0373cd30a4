using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Letters;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Closures;

/// <summary>
/// A supervisor confirms a pending closure proposal: in one transaction the case is closed through the workflow
/// (<see cref="CaseTrigger.CloseAdministratively"/>) with the Pasal 30 ground on the case and on its timeline event,
/// an open wait ends, the due date clears, the closure notice is issued when asked, and the proposal is marked
/// confirmed. A proposal whose condition no longer holds is withdrawn instead and the case stays open.
/// </summary>
/// <remarks>Without the options (tests, tools) letters and service levels use their defaults.</remarks>
public sealed class ConfirmClosureProposal(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<LetterOptions>? letterOptions = null, IOptions<ServiceLevelOptions>? serviceLevels = null)
{
    public async Task<TransitionResult> ExecuteAsync(int proposalId, int expectedCaseVersion, string? note,
        bool issueLetter, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisor)
        {
            return Failure(TransitionOutcome.NotPermitted, ClosureText.Get("Error_SupervisorOnly"));
        }

        try
        {
            return await ConfirmAsync(proposalId, expectedCaseVersion, note, issueLetter, actor, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure(TransitionOutcome.Conflict, WorkflowText.Get("Conflict_Stale"));
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return Failure(TransitionOutcome.Conflict, WorkflowText.Get("Conflict_Busy"));
        }
    }

    private async Task<TransitionResult> ConfirmAsync(int proposalId, int expectedCaseVersion, string? note,
        bool issueLetter, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: a concurrent confirmation or dismissal of the same proposal waits and then sees it decided.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var proposal = await db.ClosureProposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return Failure(TransitionOutcome.NotFound, ClosureText.Get("Error_NotFound"));
        }

        if (proposal.Status != ClosureProposalStatus.Pending)
        {
            return Failure(TransitionOutcome.NotPermitted, ClosureText.Get("Error_NotPending"));
        }

        var c = await db.Cases.SingleAsync(x => x.Id == proposal.CaseId, ct);
        if (c.Version != expectedCaseVersion)
        {
            return Failure(TransitionOutcome.Conflict, WorkflowText.Get("Conflict_Stale"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var facts = await ClosureRules.LoadFactsAsync(db, [c.Id], ct);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        if (ClosureRules.Evaluate(proposal.Reason, facts[c.Id], calendar, OfficeTime.DateOf(now)) is null)
        {
            // The case moved on since the scan (identity verified, wait ended…): nothing to confirm any more.
            ClosureEvents.Expire(db, proposal, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Failure(TransitionOutcome.NotPermitted, ClosureText.Get("Error_ConditionGone"));
        }

        var input = new StepInput
        {
            Note = note,
            ClosureReason = proposal.Reason,
            Letter = issueLetter ? LetterDetails.None : null,
        };
        var step = await TransitionCase.ApplyAsync(db, c, CaseTrigger.CloseAdministratively, input, actor, now,
            letterOptions?.Value, serviceLevels?.Value, ct);
        if (step.Failure is { } failure)
        {
            return failure; // nothing was saved
        }

        proposal.Status = ClosureProposalStatus.Confirmed;
        proposal.DecidedAtUtc = now;
        proposal.DecidedById = actor.UserId;
        proposal.DecidedByName = actor.DisplayName;
        proposal.DecisionNote = CaseValidator.Clean(note);

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TransitionResult(TransitionOutcome.Succeeded, [], c.Version, c.Status, step.Letter?.Id,
            step.Letter?.Number);
    }

    private static TransitionResult Failure(TransitionOutcome outcome, string message) => new(outcome, [message], null, null);
}

/// <summary>A supervisor dismisses a pending proposal, with a reason, on the case's timeline. The case stays as it
/// is (its version too); the same reason is proposed again only when its condition starts again.</summary>
public sealed class DismissClosureProposal(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public async Task<CaseCommandResult> ExecuteAsync(int proposalId, string? reason, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisor)
        {
            return new CaseCommandResult(CommandOutcome.NotAllowed,
                [new FieldError("", ClosureText.Get("Error_SupervisorOnly"))], null);
        }

        var text = CaseValidator.Clean(reason);
        if (text is null)
        {
            return Invalid(ClosureText.Get("Validation_DismissReasonRequired"));
        }

        if (text.Length > ClosureProposal.NoteMaxLength)
        {
            return Invalid(ClosureText.Format(null, "Validation_TooLong", ClosureProposal.NoteMaxLength));
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var proposal = await db.ClosureProposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
            if (proposal is null)
            {
                return CommandResults.NotFound;
            }

            if (proposal.Status != ClosureProposalStatus.Pending)
            {
                return new CaseCommandResult(CommandOutcome.NotAllowed,
                    [new FieldError("", ClosureText.Get("Error_NotPending"))], null);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            proposal.Status = ClosureProposalStatus.Dismissed;
            proposal.DecidedAtUtc = now;
            proposal.DecidedById = actor.UserId;
            proposal.DecidedByName = actor.DisplayName;
            proposal.DecisionNote = text;
            db.CaseEvents.Add(ClosureEvents.Event(proposal.CaseId, CaseEventType.ClosureProposalDismissed, now, actor,
                ClosureText.Format(ClosureText.RecordCulture, "Event_Dismissed",
                    AdministrativeClosureReasons.Code(proposal.Reason), text)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            var version = await db.Cases.Where(c => c.Id == proposal.CaseId).Select(c => c.Version).SingleAsync(ct);
            return CommandResults.Success(version);
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return CommandResults.Conflict;
        }
    }

    private static CaseCommandResult Invalid(string message) =>
        new(CommandOutcome.Invalid, [new FieldError("Reason", message)], null);
}
