using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Notifications;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static CaseDesk.Core.Approvals.PendingApprovals;

namespace CaseDesk.Core.Approvals;

/// <summary>
/// An officer asks a supervisor to approve a step that ends the case (<see cref="ApprovalRules.Triggers"/>). The step
/// is checked now as if it were fired — guards, input, letter details, with the same messages as
/// <see cref="TransitionCase"/> — so a request that could never be applied is refused. One transaction: the request,
/// the timeline event, the supervisors' notifications and the case's version; the case's state does not change.
/// </summary>
/// <remarks>Without <paramref name="access"/> (tests, tools) regional assignment is off.</remarks>
public sealed class RequestApproval(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<AccessOptions>? access = null)
{
    public async Task<TransitionResult> ExecuteAsync(int caseId, CaseTrigger trigger, StepInput input,
        int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!ApprovalRules.Triggers.Contains(trigger))
        {
            return Failure(TransitionOutcome.NotPermitted, ApprovalText.Get("Error_NoApprovalStep"));
        }

        if (actor.IsSupervisor)
        {
            return Failure(TransitionOutcome.NotPermitted, ApprovalText.Get("Error_SupervisorActsDirectly"));
        }

        try
        {
            return await RequestAsync(caseId, trigger, input, expectedVersion, actor, ct);
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

    private async Task<TransitionResult> RequestAsync(int caseId, CaseTrigger trigger, StepInput input,
        int expectedVersion, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: a second request for the same case waits here and then sees the first one pending.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // A case outside the officer's regions is not found (regional assignment), like every case action.
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

        if (await db.ApprovalRequests.AnyAsync(r => r.CaseId == caseId && r.Status == ApprovalStatus.Pending, ct))
        {
            return Failure(TransitionOutcome.NotPermitted, ApprovalText.Get("Error_AlreadyPending"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (TransitionCase.Check(c, trigger, input, actor, now) is { } refused)
        {
            return refused;
        }

        var json = ApprovalRules.WriteInput(input);
        if (json.Length > ApprovalRequest.InputMaxLength)
        {
            return Failure(TransitionOutcome.Invalid, ApprovalText.Format(null, "Validation_TooLong",
                ApprovalRequest.InputMaxLength));
        }

        var note = CaseValidator.Clean(input.Note);
        db.ApprovalRequests.Add(new ApprovalRequest
        {
            CaseId = c.Id,
            Trigger = trigger,
            InputJson = json,
            Note = note,
            RequestedById = actor.UserId,
            RequestedByName = Cut(actor.DisplayName, 150),
            RequestedAtUtc = now,
            Status = ApprovalStatus.Pending,
        });

        var culture = ApprovalText.RecordCulture;
        var kind = ApprovalText.Kind(trigger, culture);
        c.Events.Add(Event(CaseEventType.ApprovalRequested, trigger, now, actor, note is null
            ? ApprovalText.Format(culture, "Event_Requested", kind)
            : ApprovalText.Format(culture, "Event_RequestedNote", kind, note)));
        await NotifySupervisorsAsync(db, c, now, ct);

        // The case's workflow now waits for the decision: pages showing the old version must reload first.
        c.Version++;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TransitionResult(TransitionOutcome.Succeeded, [], c.Version, c.Status);
    }
}
