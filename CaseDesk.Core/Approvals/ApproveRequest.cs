using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Notifications;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static CaseDesk.Core.Approvals.PendingApprovals;

namespace CaseDesk.Core.Approvals;

/// <summary>
/// A supervisor approves a pending request: in one transaction the stored step fires through the workflow with the
/// supervisor as actor (so its letter, e.g. the closure notice, is issued now), the request is marked approved, the
/// timeline records the approval and the transition, and the requesting officer is notified. If the step's guards no
/// longer hold, the approval fails with their messages and nothing changes.
/// </summary>
/// <remarks>Without the options (tests, tools) letters and service levels use their defaults.</remarks>
public sealed class ApproveRequest(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<LetterOptions>? letterOptions = null, IOptions<ServiceLevelOptions>? serviceLevels = null)
{
    public async Task<TransitionResult> ExecuteAsync(int requestId, int expectedCaseVersion, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisor)
        {
            return Failure(TransitionOutcome.NotPermitted, ApprovalText.Get("Error_SupervisorOnly"));
        }

        try
        {
            return await ApproveAsync(requestId, expectedCaseVersion, actor, ct);
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

    private async Task<TransitionResult> ApproveAsync(int requestId, int expectedCaseVersion, Actor actor,
        CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var request = await db.ApprovalRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return Failure(TransitionOutcome.NotFound, ApprovalText.Get("Error_NotFound"));
        }

        if (request.Status != ApprovalStatus.Pending)
        {
            return Failure(TransitionOutcome.NotPermitted, ApprovalText.Get("Error_NotPending"));
        }

        var c = await db.Cases.SingleAsync(x => x.Id == request.CaseId, ct);
        if (c.Version != expectedCaseVersion)
        {
            return Failure(TransitionOutcome.Conflict, WorkflowText.Get("Conflict_Stale"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var culture = ApprovalText.RecordCulture;
        var kind = ApprovalText.Kind(request.Trigger, culture);
        // Marked before the step fires, so the step's clean-up of an ended case's requests leaves this one alone; the
        // approval event goes first, so the transition it caused shows above it on the timeline.
        Decide(request, ApprovalStatus.Approved, actor, now, null);
        c.Events.Add(Event(CaseEventType.ApprovalApproved, request.Trigger, now, actor,
            ApprovalText.Format(culture, "Event_Approved", kind, request.RequestedByName)));

        var step = await TransitionCase.ApplyAsync(db, c, request.Trigger, request.Input, actor, now,
            letterOptions?.Value, serviceLevels?.Value, ct);
        if (step.Failure is { } failure)
        {
            // The request no longer fits the case (a guard stopped holding since it was made): say why, save nothing.
            return failure.Outcome == TransitionOutcome.NotPermitted
                ? failure with { Outcome = TransitionOutcome.Invalid }
                : failure;
        }

        var transition = c.Events.Last(e => e.Type == CaseEventType.Transition);
        var approvedBy = ApprovalText.Format(culture, "Event_TransitionApproved", actor.DisplayName,
            request.RequestedByName, OfficeTime.DateOf(request.RequestedAtUtc).ToString("d MMM yyyy", culture));
        transition.Note = transition.Note is null ? approvedBy : CommandNote(transition.Note + "\n" + approvedBy);

        Notify(db, request.RequestedById, NotificationKind.ApprovalApproved, c, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TransitionResult(TransitionOutcome.Succeeded, [], c.Version, c.Status, step.Letter?.Id,
            step.Letter?.Number);
    }

    private static string CommandNote(string note) =>
        note.Length <= CaseValidator.NoteMaxLength ? note : note[..(CaseValidator.NoteMaxLength - 1)] + "…";
}
