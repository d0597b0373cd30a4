using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.ServiceLevels;

/// <summary>The wait actions and the stored due date kept by every write action, on a real SQLite database.</summary>
public sealed class WaitActionsTests
{
    private static readonly WaitInput ToKbri = new(WaitingFor.Representation, "KBRI Kuala Lumpur",
        "Menunggu konfirmasi majikan melalui KBRI.");

    [Fact]
    public async Task StartWaiting_OpenCase_WritesWaitEventVersionAndPausesTheDueDate()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Intake));

        var result = await new StartWaiting(testDb.Factory, clock).ExecuteAsync(c.Id, ToKbri, c.Version,
            WorkflowFixtures.Officer);

        Assert.True(result.Succeeded);
        Assert.Equal(c.Version + 1, result.NewVersion);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(WaitingFor.Representation, saved.WaitingFor);
        Assert.Null(saved.DueOn);
        var e = Assert.Single(saved.Events);
        Assert.Equal(CaseEventType.WaitStarted, e.Type);
        Assert.Equal("Menunggu Perwakilan RI (KBRI/KJRI) (KBRI Kuala Lumpur): Menunggu konfirmasi majikan melalui KBRI.",
            e.Note);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var wait = await db.CaseWaits.SingleAsync();
        Assert.Equal((clock.Now.UtcDateTime, (DateTime?)null), (wait.StartedAtUtc, wait.EndedAtUtc));
        Assert.Equal(WorkflowFixtures.Officer.DisplayName, wait.StartedByName);
    }

    [Fact]
    public async Task StartWaiting_AlreadyWaiting_IsRefusedAndChangesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Intake));
        var start = new StartWaiting(testDb.Factory, new TestClock());
        var first = await start.ExecuteAsync(c.Id, ToKbri, c.Version, WorkflowFixtures.Officer);

        var second = await start.ExecuteAsync(c.Id, ToKbri with { WaitingFor = WaitingFor.Complainant },
            first.NewVersion!.Value, WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.Invalid, second.Outcome);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(first.NewVersion, saved.Version);
        Assert.Equal(WaitingFor.Representation, saved.WaitingFor);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.CaseWaits.CountAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task StartWaiting_WithoutReason_IsInvalid(string? reason)
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Intake));

        var result = await new StartWaiting(testDb.Factory, new TestClock()).ExecuteAsync(c.Id,
            ToKbri with { Reason = reason }, c.Version, WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(nameof(WaitInput.Reason), Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task StartWaiting_StaleVersionOrClosedCase_IsRefused()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Intake));
        var closed = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Closed));
        var start = new StartWaiting(testDb.Factory, new TestClock());

        Assert.Equal(CommandOutcome.Conflict,
            (await start.ExecuteAsync(open.Id, ToKbri, open.Version + 3, WorkflowFixtures.Officer)).Outcome);
        Assert.Equal(CommandOutcome.NotAllowed,
            (await start.ExecuteAsync(closed.Id, ToKbri, closed.Version, WorkflowFixtures.Officer)).Outcome);
    }

    [Fact]
    public async Task EndWaiting_AfterAWeek_ExtendsTheDueDateByThePausedWorkingDays()
    {
        await using var testDb = await TestDb.CreateAsync();
        // Monday 23 Nov 10:00 WITA.
        var clock = new TestClock();
        var officer = await testDb.AddUserAsync("Petugas", Roles.Officer);
        var opened = await new OpenCase(testDb.Factory, clock).ExecuteAsync(CaseTestData.Valid(), officer);
        var id = opened.CaseId!.Value;
        var before = await testDb.LoadAsync(id);
        Assert.Equal(new DateOnly(2026, 11, 26), before.DueOn); // Thursday

        var started = await new StartWaiting(testDb.Factory, clock).ExecuteAsync(id, ToKbri, before.Version,
            WorkflowFixtures.Officer);
        clock.Advance(TimeSpan.FromDays(7)); // Monday 30 Nov: Tue–Fri and Mon paused
        var ended = await new EndWaiting(testDb.Factory, clock).ExecuteAsync(id, started.NewVersion!.Value,
            WorkflowFixtures.Officer);

        Assert.True(ended.Succeeded);
        var saved = await testDb.LoadAsync(id);
        Assert.Equal(started.NewVersion + 1, saved.Version);
        Assert.Null(saved.WaitingFor);
        Assert.Equal(new DateOnly(2026, 12, 3), saved.DueOn); // Thursday + 5 working days
        var e = saved.Events.Single(x => x.Type == CaseEventType.WaitEnded);
        Assert.Contains("5 hari kerja", e.Note);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(clock.Now.UtcDateTime, (await db.CaseWaits.SingleAsync()).EndedAtUtc);
    }

    [Fact]
    public async Task EndWaiting_NotWaiting_IsInvalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Intake));

        var result = await new EndWaiting(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, c.Version,
            WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(c.Version, (await testDb.LoadAsync(c.Id)).Version);
    }

    [Fact]
    public async Task TransitionCase_IntoVerification_SetsTheClarificationDueDate()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Repatriation, CaseStatus.Intake));

        await testDb.Transition().ExecuteAsync(c.Id, CaseTrigger.StartVerification, StepInput.None, c.Version,
            WorkflowFixtures.Officer);

        // Entered Monday 23 Nov: 15 working days later is Monday 14 Dec.
        Assert.Equal(new DateOnly(2026, 12, 14), (await testDb.LoadAsync(c.Id)).DueOn);
    }

    [Fact]
    public async Task TransitionCase_EndingAWaitingCase_EndsTheWaitAndClearsTheDueDate()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Intake));
        var started = await new StartWaiting(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, ToKbri, c.Version,
            WorkflowFixtures.Officer);

        var result = await testDb.Transition().ExecuteAsync(c.Id, CaseTrigger.Withdraw,
            WorkflowFixtures.ValidInput(CaseTrigger.Withdraw), started.NewVersion!.Value, WorkflowFixtures.Supervisor);

        Assert.Equal(TransitionOutcome.Succeeded, result.Outcome);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((null, null), (saved.WaitingFor, saved.DueOn));
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.NotNull((await db.CaseWaits.SingleAsync()).EndedAtUtc);
    }

    [Fact]
    public async Task RecomputeDueDates_StaleDueDate_IsCorrected()
    {
        await using var testDb = await TestDb.CreateAsync();
        var stale = WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Intake);
        stale.DueOn = new DateOnly(2030, 1, 1);
        var c = await testDb.InsertAsync(stale);

        var changed = await new RecomputeDueDates(testDb.Factory, new TestClock()).ExecuteAsync();

        Assert.Equal(1, changed);
        // Created Thursday 19 Nov: Fri 20, Mon 23, Tue 24.
        Assert.Equal(new DateOnly(2026, 11, 24), (await testDb.LoadAsync(c.Id)).DueOn);
        Assert.Equal(c.Version, (await testDb.LoadAsync(c.Id)).Version);
    }
}
