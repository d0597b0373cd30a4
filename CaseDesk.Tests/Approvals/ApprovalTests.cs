using System.Data.Common;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Approvals;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Notifications;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static CaseDesk.Core.Cases.CaseStatus;
using static CaseDesk.Core.Workflow.CaseTrigger;

namespace CaseDesk.Tests.Approvals;

public sealed class ApprovalTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private TestDb _db = null!;
    private Actor _officer = null!;
    private Actor _supervisor = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDb.CreateAsync();
        _officer = await _db.AddUserAsync("Petugas Satu", Roles.Officer);
        _supervisor = await _db.AddUserAsync("Kepala Seksi", Roles.Supervisor);
        await using var db = await _db.Factory.CreateDbContextAsync();
        var role = new IdentityRole(Roles.Supervisor) { NormalizedName = Roles.Supervisor.ToUpperInvariant() };
        db.Roles.Add(role);
        db.UserRoles.Add(new IdentityUserRole<string> { RoleId = role.Id, UserId = _supervisor.UserId });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private RequestApproval Request => new(_db.Factory, _clock);
    private ApproveRequest Approve => new(_db.Factory, _clock);
    private ReturnRequest Return => new(_db.Factory, _clock);
    private CancelRequest Cancel => new(_db.Factory, _clock);

    private static StepInput CloseWithLetter => new() { Note = "Pembayaran telah diterima.", Letter = LetterDetails.None };

    private async Task<(Case Case, ApprovalRequest Request)> RequestedCloseAsync()
    {
        var c = await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));
        var result = await Request.ExecuteAsync(c.Id, Close, CloseWithLetter, c.Version, _officer);
        Assert.True(result.Succeeded, string.Join("; ", result.Messages));
        return (await _db.LoadAsync(c.Id), await SingleRequestAsync());
    }

    private async Task<ApprovalRequest> SingleRequestAsync()
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return await db.ApprovalRequests.AsNoTracking().SingleAsync();
    }

    private async Task<List<Notification>> NotificationsAsync()
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return await db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
    }

    private async Task<List<Letter>> LettersAsync()
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return await db.Letters.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task RequestApproval_OfficerClose_RecordsRequestTimelineAndNotificationWithoutClosing()
    {
        var c = await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));

        var result = await Request.ExecuteAsync(c.Id, Close, CloseWithLetter, c.Version, _officer);

        Assert.Equal(TransitionOutcome.Succeeded, result.Outcome);
        Assert.Equal((c.Version + 1, Resolved), (result.NewVersion, result.NewStatus));
        var saved = await _db.LoadAsync(c.Id);
        Assert.Equal((Resolved, c.Version + 1, (DateTime?)null), (saved.Status, saved.Version, saved.ClosedAtUtc));
        var e = Assert.Single(saved.Events);
        Assert.Equal((CaseEventType.ApprovalRequested, _officer.UserId, "Close"), (e.Type, e.ActorId, e.Trigger));
        Assert.Contains("Penutupan kasus", e.Note, StringComparison.Ordinal);
        Assert.Contains("Pembayaran telah diterima.", e.Note, StringComparison.Ordinal);
        var request = await SingleRequestAsync();
        Assert.Equal((ApprovalStatus.Pending, Close, _officer.UserId, "Pembayaran telah diterima."),
            (request.Status, request.Trigger, request.RequestedById, request.Note));
        Assert.Equal(("Pembayaran telah diterima.", true), (request.Input.Note, request.Input.Letter is not null));
        var notification = Assert.Single(await NotificationsAsync());
        Assert.Equal((_supervisor.UserId, NotificationKind.ApprovalRequested, c.Id, c.ReferenceNumber),
            (notification.UserId, notification.Kind, notification.CaseId, notification.CaseReference));
        Assert.Empty(await LettersAsync());
    }

    [Theory]
    [InlineData(Close)]
    [InlineData(Reject)]
    [InlineData(Withdraw)]
    public async Task TransitionCase_OfficerEndsCase_NotPermittedAndNothingChanges(CaseTrigger trigger)
    {
        var status = trigger == Close ? Resolved : Verification;
        var c = await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, status));

        var result = await _db.Transition(_clock).ExecuteAsync(c.Id, trigger, WorkflowFixtures.ValidInput(trigger),
            c.Version, _officer);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Contains(ApprovalText.Get("Error_NeedsApproval"), result.Messages);
        var saved = await _db.LoadAsync(c.Id);
        Assert.Equal((status, c.Version), (saved.Status, saved.Version));
        Assert.Empty(saved.Events);
    }

    [Fact]
    public async Task ApproveRequest_Supervisor_ClosesIssuesLetterAndMarksApprovedTogether()
    {
        var (c, request) = await RequestedCloseAsync();
        _clock.Advance(TimeSpan.FromHours(3));

        var result = await Approve.ExecuteAsync(request.Id, c.Version, _supervisor);

        Assert.Equal(TransitionOutcome.Succeeded, result.Outcome);
        Assert.Equal(Closed, result.NewStatus);
        Assert.NotNull(result.LetterNumber);
        var saved = await _db.LoadAsync(c.Id);
        Assert.Equal((Closed, _clock.Now.UtcDateTime), (saved.Status, saved.ClosedAtUtc!.Value));
        var letter = Assert.Single(await LettersAsync());
        Assert.Equal((LetterType.ClosureNotice, result.LetterNumber), (letter.Type, letter.Number));
        var decided = await SingleRequestAsync();
        Assert.Equal((ApprovalStatus.Approved, _supervisor.UserId, _clock.Now.UtcDateTime),
            (decided.Status, decided.DecidedById, decided.DecidedAtUtc!.Value));
        var transition = Assert.Single(saved.Events, e => e.Type == CaseEventType.Transition);
        Assert.Equal((_supervisor.UserId, Resolved, Closed), (transition.ActorId, transition.FromStatus, transition.ToStatus));
        Assert.Contains("Pembayaran telah diterima.", transition.Note, StringComparison.Ordinal);
        Assert.Contains(_officer.DisplayName, transition.Note, StringComparison.Ordinal);
        Assert.Single(saved.Events, e => e.Type == CaseEventType.ApprovalApproved && e.ActorId == _supervisor.UserId);
        Assert.Contains(await NotificationsAsync(),
            n => n.UserId == _officer.UserId && n.Kind == NotificationKind.ApprovalApproved && n.CaseId == c.Id);
    }

    [Fact]
    public async Task ApproveRequest_Reject_WritesTheStoredRejectionReason()
    {
        var c = await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));
        var requested = await Request.ExecuteAsync(c.Id, Reject,
            new StepInput { RejectionReason = RejectionReason.OutsideMandate }, c.Version, _officer);
        var request = await SingleRequestAsync();

        var result = await Approve.ExecuteAsync(request.Id, requested.NewVersion!.Value, _supervisor);

        Assert.True(result.Succeeded, string.Join("; ", result.Messages));
        var saved = await _db.LoadAsync(c.Id);
        Assert.Equal((Rejected, RejectionReason.OutsideMandate), (saved.Status, saved.RejectionReason!.Value));
    }

    [Fact]
    public async Task ApproveRequest_SaveFails_LeavesCaseRequestAndLettersUntouched()
    {
        var (c, request) = await RequestedCloseAsync();
        var failing = _db.FactoryWith(o => o.AddInterceptors(new FailAfterEventInsert()));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            new ApproveRequest(failing, _clock).ExecuteAsync(request.Id, c.Version, _supervisor));

        var saved = await _db.LoadAsync(c.Id);
        Assert.Equal((Resolved, c.Version, c.Events.Count), (saved.Status, saved.Version, saved.Events.Count));
        Assert.Equal(ApprovalStatus.Pending, (await SingleRequestAsync()).Status);
        Assert.Empty(await LettersAsync());
        Assert.Single(await NotificationsAsync()); // the supervisor's, from the request
    }

    [Fact]
    public async Task ReturnRequest_WithReason_KeepsCaseFreesWorkflowAndNotifiesOfficer()
    {
        var (c, request) = await RequestedCloseAsync();

        var result = await Return.ExecuteAsync(request.Id, c.Version, "  Lampirkan bukti transfer.  ", _supervisor);

        Assert.Equal(TransitionOutcome.Succeeded, result.Outcome);
        var saved = await _db.LoadAsync(c.Id);
        Assert.Equal((Resolved, c.Version + 1), (saved.Status, saved.Version));
        var returned = await SingleRequestAsync();
        Assert.Equal((ApprovalStatus.Returned, "Lampirkan bukti transfer.", _supervisor.UserId),
            (returned.Status, returned.DecisionReason, returned.DecidedById));
        var e = Assert.Single(saved.Events, x => x.Type == CaseEventType.ApprovalReturned);
        Assert.Contains("Lampirkan bukti transfer.", e.Note, StringComparison.Ordinal);
        Assert.Contains(await NotificationsAsync(),
            n => n.UserId == _officer.UserId && n.Kind == NotificationKind.ApprovalReturned);
        Assert.Empty(await LettersAsync());

        // Returned, the officer may ask again.
        var again = await Request.ExecuteAsync(c.Id, Close, CloseWithLetter, saved.Version, _officer);
        Assert.True(again.Succeeded, string.Join("; ", again.Messages));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task ReturnRequest_WithoutReason_InvalidAndNothingChanges(string? reason)
    {
        var (c, request) = await RequestedCloseAsync();

        var result = await Return.ExecuteAsync(request.Id, c.Version, reason, _supervisor);

        Assert.Equal(TransitionOutcome.Invalid, result.Outcome);
        Assert.Equal(ApprovalStatus.Pending, (await SingleRequestAsync()).Status);
        Assert.Equal(c.Version, (await _db.LoadAsync(c.Id)).Version);
    }

    [Fact]
    public async Task ReturnRequest_ReasonTooLong_Invalid()
    {
        var (c, request) = await RequestedCloseAsync();

        var result = await Return.ExecuteAsync(request.Id, c.Version, new string('x', ApprovalRequest.ReasonMaxLength + 1),
            _supervisor);

        Assert.Equal(TransitionOutcome.Invalid, result.Outcome);
        Assert.Equal(ApprovalStatus.Pending, (await SingleRequestAsync()).Status);
    }

    [Fact]
    public async Task ApproveAndReturn_ByOfficer_NotPermittedAndNothingChanges()
    {
        var (c, request) = await RequestedCloseAsync();

        var approved = await Approve.ExecuteAsync(request.Id, c.Version, _officer);
        var returned = await Return.ExecuteAsync(request.Id, c.Version, "Tidak setuju.", _officer);

        Assert.Equal((TransitionOutcome.NotPermitted, TransitionOutcome.NotPermitted), (approved.Outcome, returned.Outcome));
        var saved = await _db.LoadAsync(c.Id);
        Assert.Equal((Resolved, c.Version, c.Events.Count), (saved.Status, saved.Version, saved.Events.Count));
        Assert.Equal(ApprovalStatus.Pending, (await SingleRequestAsync()).Status);
        Assert.Empty(await LettersAsync());
    }

    [Fact]
    public async Task RequestApproval_WhileOnePending_RefusedAndOtherStepsWait()
    {
        var (c, _) = await RequestedCloseAsync();

        var second = await Request.ExecuteAsync(c.Id, Withdraw, new StepInput { Note = "Permintaan keluarga." }, c.Version,
            _officer);
        var direct = await _db.Transition(_clock).ExecuteAsync(c.Id, Close, StepInput.None, c.Version, _supervisor);

        Assert.Equal(TransitionOutcome.NotPermitted, second.Outcome);
        Assert.Contains(ApprovalText.Get("Error_AlreadyPending"), second.Messages);
        Assert.Equal(TransitionOutcome.NotPermitted, direct.Outcome);
        Assert.Contains(ApprovalText.Get("Error_Pending"), direct.Messages);
        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.ApprovalRequests.CountAsync());
        Assert.Equal(Resolved, (await _db.LoadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task ApproveRequest_StaleVersion_ConflictAndNothingChanges()
    {
        var (c, request) = await RequestedCloseAsync();

        var result = await Approve.ExecuteAsync(request.Id, c.Version - 1, _supervisor);

        Assert.Equal(TransitionOutcome.Conflict, result.Outcome);
        Assert.Equal(Resolved, (await _db.LoadAsync(c.Id)).Status);
        Assert.Equal(ApprovalStatus.Pending, (await SingleRequestAsync()).Status);
    }

    [Fact]
    public async Task RequestApproval_StaleVersion_ConflictAndNoRequest()
    {
        var c = await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));

        var result = await Request.ExecuteAsync(c.Id, Close, StepInput.None, c.Version + 1, _officer);

        Assert.Equal(TransitionOutcome.Conflict, result.Outcome);
        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.False(await db.ApprovalRequests.AnyAsync());
    }

    [Fact]
    public async Task ApproveRequest_GuardNoLongerHolds_InvalidWithGuardMessageAndNothingChanges()
    {
        var (c, request) = await RequestedCloseAsync();
        await using (var db = await _db.Factory.CreateDbContextAsync())
        {
            // The agreement was taken back after the request (a change that does not touch the version here).
            await db.Cases.Where(x => x.Id == c.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.MediationOutcome,
                (MediationOutcome?)null));
        }

        var result = await Approve.ExecuteAsync(request.Id, c.Version, _supervisor);

        Assert.Equal(TransitionOutcome.Invalid, result.Outcome);
        var unmet = WorkflowFixtures.Complete(CaseKind.Complaint, Resolved);
        unmet.MediationOutcome = null;
        var expected = CaseWorkflow.GetSteps(unmet, _supervisor).Single(s => s.Trigger == Close).UnmetGuards;
        Assert.Equal(expected, result.Messages);
        Assert.Equal(Resolved, (await _db.LoadAsync(c.Id)).Status);
        Assert.Equal(ApprovalStatus.Pending, (await SingleRequestAsync()).Status);
        Assert.Empty(await LettersAsync());
    }

    [Fact]
    public async Task RequestApproval_GuardUnmetOrInputInvalid_RefusedWithTheStepsOwnMessages()
    {
        var unmet = WorkflowFixtures.Complete(CaseKind.Complaint, Resolved);
        unmet.MediationOutcome = null;
        unmet = await _db.InsertAsync(unmet);
        var open = await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification));

        var guarded = await Request.ExecuteAsync(unmet.Id, Close, StepInput.None, unmet.Version, _officer);
        var noReason = await Request.ExecuteAsync(open.Id, Withdraw, StepInput.None, open.Version, _officer);
        var supervisorNoReason = await _db.Transition(_clock).ExecuteAsync(open.Id, Withdraw, StepInput.None,
            open.Version, _supervisor);

        Assert.Equal(TransitionOutcome.NotPermitted, guarded.Outcome);
        Assert.Equal(CaseWorkflow.GetSteps(unmet, _officer).Single(s => s.Trigger == Close).UnmetGuards, guarded.Messages);
        Assert.Equal(TransitionOutcome.Invalid, noReason.Outcome);
        Assert.Equal(supervisorNoReason.Messages, noReason.Messages);
        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.False(await db.ApprovalRequests.AnyAsync());
        Assert.Empty(await NotificationsAsync());
    }

    [Fact]
    public async Task RequestApproval_BySupervisorOrForOtherStep_NotPermitted()
    {
        var c = await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));

        var bySupervisor = await Request.ExecuteAsync(c.Id, Reject,
            new StepInput { RejectionReason = RejectionReason.OutsideMandate }, c.Version, _supervisor);
        var otherStep = await Request.ExecuteAsync(c.Id, StartVerification, StepInput.None, c.Version, _officer);

        Assert.Equal((TransitionOutcome.NotPermitted, TransitionOutcome.NotPermitted),
            (bySupervisor.Outcome, otherStep.Outcome));
        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.False(await db.ApprovalRequests.AnyAsync());
    }

    [Fact]
    public async Task CancelRequest_ByRequester_FreesTheWorkflow_ByAnotherOfficer_NotPermitted()
    {
        var (c, request) = await RequestedCloseAsync();
        var colleague = await _db.AddUserAsync("Petugas Dua", Roles.Officer);

        var byColleague = await Cancel.ExecuteAsync(request.Id, c.Version, colleague);
        var byRequester = await Cancel.ExecuteAsync(request.Id, c.Version, _officer);

        Assert.Equal(TransitionOutcome.NotPermitted, byColleague.Outcome);
        Assert.Equal(TransitionOutcome.Succeeded, byRequester.Outcome);
        Assert.Equal(ApprovalStatus.Cancelled, (await SingleRequestAsync()).Status);
        var saved = await _db.LoadAsync(c.Id);
        Assert.Single(saved.Events, e => e.Type == CaseEventType.ApprovalCancelled && e.ActorId == _officer.UserId);
        var direct = await _db.Transition(_clock).ExecuteAsync(c.Id, Close, StepInput.None, saved.Version, _supervisor);
        Assert.True(direct.Succeeded, string.Join("; ", direct.Messages));
    }

    [Fact]
    public async Task ApprovalSteps_AreAudited()
    {
        var (c, request) = await RequestedCloseAsync();
        await Approve.ExecuteAsync(request.Id, c.Version, _supervisor);

        await using var db = await _db.Factory.CreateDbContextAsync();
        var actions = await db.AuditEntries.AsNoTracking().Where(a => a.CaseId == c.Id)
            .Select(a => new { a.Action, a.UserId }).ToListAsync();
        Assert.Contains(actions, a => a.Action == AuditAction.ApprovalRequested && a.UserId == _officer.UserId);
        Assert.Contains(actions, a => a.Action == AuditAction.ApprovalApproved && a.UserId == _supervisor.UserId);
        Assert.Contains(actions, a => a.Action == AuditAction.CaseTransition && a.UserId == _supervisor.UserId);
    }

    [Fact]
    public void GetSteps_Officer_EndStepsNeedApprovalWithRequestWording_SupervisorFiresThem()
    {
        WorkflowFixtures.UseCulture("id");
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Resolved);

        var officerClose = CaseWorkflow.GetSteps(c, _officer).Single(s => s.Trigger == Close);
        var supervisorClose = CaseWorkflow.GetSteps(c, _supervisor).Single(s => s.Trigger == Close);

        Assert.Equal((true, "Ajukan penutupan"), (officerClose.NeedsApproval, officerClose.Label));
        Assert.Equal((false, "Tutup kasus"), (supervisorClose.NeedsApproval, supervisorClose.Label));
    }

    /// <summary>Lets the statements of SaveChanges run, then fails: only the transaction can undo them.</summary>
    private sealed class FailAfterEventInsert : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            DbDataReader result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"CaseEvents\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("simulated failure after the insert")
                : ValueTask.FromResult(result);
    }
}
