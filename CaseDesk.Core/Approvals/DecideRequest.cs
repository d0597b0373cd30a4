using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Notifications;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using static CaseDesk.Core.Approvals.PendingApprovals;

namespace CaseDesk.Core.Approvals;

/// <summary>A supervisor returns a pending request to the officer with a reason (required): the case stays as it is,
/// its workflow is free again, the timeline records the reason and the officer is notified.</summary>
public sealed class ReturnRequest(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public async Task<TransitionResult> ExecuteAsync(int requestId, int expectedCaseVersion, string? reason, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisor)
        {
            return Failure(TransitionOutcome.NotPermitted, ApprovalText.Get("Error_SupervisorOnly"));
        }

        var text = CaseValidator.Clean(reason);
        if (text is null)
        {
            return Failure(TransitionOutcome.Invalid, ApprovalText.Get("Validation_ReasonRequired"));
        }

        if (text.Length > ApprovalRequest.ReasonMaxLength)
        {
            return Failure(TransitionOutcome.Invalid,
                ApprovalText.Format(null, "Validation_TooLong", ApprovalRequest.ReasonMaxLength));
        }

        return await RequestDecision.RunAsync(dbFactory, requestId, expectedCaseVersion, ct, (db, request, c) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var culture = ApprovalText.RecordCulture;
            Decide(request, ApprovalStatus.Returned, actor, now, text);
            c.Events.Add(Event(CaseEventType.ApprovalReturned, request.Trigger, now, actor,
                ApprovalText.Format(culture, "Event_Returned", ApprovalText.Kind(request.Trigger, culture),
                    request.RequestedByName, text)));
            Notify(db, request.RequestedById, NotificationKind.ApprovalReturned, c, now);
            return null;
        });
    }
}

/// <summary>The requesting officer, or a supervisor, cancels a pending request: the case stays as it is and its
/// workflow is free again; the timeline records who cancelled it.</summary>
public sealed class CancelRequest(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public async Task<TransitionResult> ExecuteAsync(int requestId, int expectedCaseVersion, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await RequestDecision.RunAsync(dbFactory, requestId, expectedCaseVersion, ct, (_, request, c) =>
        {
            if (request.RequestedById != actor.UserId && !actor.IsSupervisor)
            {
                return Failure(TransitionOutcome.NotPermitted, ApprovalText.Get("Error_CancelNotAllowed"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var culture = ApprovalText.RecordCulture;
            Decide(request, ApprovalStatus.Cancelled, actor, now, null);
            c.Events.Add(Event(CaseEventType.ApprovalCancelled, request.Trigger, now, actor,
                ApprovalText.Format(culture, "Event_Cancelled", ApprovalText.Kind(request.Trigger, culture))));
            return null;
        });
    }
}

/// <summary>The frame of a decision that does not fire the step: one transaction, the request still pending, the
/// case at the version the page showed; <c>decide</c> returns a failure or null to save.</summary>
internal static class RequestDecision
{
    public static async Task<TransitionResult> RunAsync(IDbContextFactory<CaseDeskDb> dbFactory, int requestId,
        int expectedCaseVersion, CancellationToken ct,
        Func<CaseDeskDb, ApprovalRequest, Case, TransitionResult?> decide)
    {
        try
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

            if (decide(db, request, c) is { } refused)
            {
                return refused;
            }

            // The workflow is free again: pages showing the waiting case must reload first.
            c.Version++;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new TransitionResult(TransitionOutcome.Succeeded, [], c.Version, c.Status);
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
}
