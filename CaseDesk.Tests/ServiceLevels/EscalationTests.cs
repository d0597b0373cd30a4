using CaseDesk.Core;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Notifications;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Tests.ServiceLevels;

/// <summary>Escalation of overdue cases on a real SQLite database with a fake clock (10:00 WITA of the day set).
/// Defaults: supervisors 2 working days after the due date, the head of office 5.</summary>
public sealed class EscalationTests
{
    // Thursday; +2 working days = Monday 30 Nov, +5 = Thursday 3 Dec (weekends only in between).
    private static readonly DateOnly Thursday = new(2026, 11, 26);

    [Fact]
    public async Task Escalate_BeforeTheDueDate_DoesNothing()
    {
        await using var f = await EscalationFixture.CreateAsync();
        await f.AddCaseAsync(Thursday);
        f.SetToday(Thursday.AddDays(-1));

        var run = await f.Action().ExecuteAsync();

        Assert.Equal(new EscalationRun(0, 0, 0, 0, 0), run);
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        Assert.False(await db.Escalations.AnyAsync());
        Assert.False(await db.Notifications.AnyAsync());
    }

    [Fact]
    public async Task Escalate_OnTheDueDate_FlagsTheAssignedOfficerOnceWithoutTouchingTheVersion()
    {
        await using var f = await EscalationFixture.CreateAsync();
        var c = await f.AddCaseAsync(Thursday);
        f.SetToday(Thursday);

        var run = await f.Action().ExecuteAsync();

        Assert.Equal(new EscalationRun(1, 0, 0, 1, 0), run);
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        var escalation = await db.Escalations.SingleAsync();
        Assert.Equal((c.Id, EscalationLevel.Officer, Thursday, f.Clock.Now.UtcDateTime),
            (escalation.CaseId, escalation.Level, escalation.DueOn, escalation.AtUtc));
        var notification = await db.Notifications.SingleAsync();
        Assert.Equal(f.Officer.UserId, notification.UserId);
        Assert.Equal((NotificationKind.Escalation, c.Id, c.ReferenceNumber, EscalationLevel.Officer, Thursday, false),
            (notification.Kind, notification.CaseId, notification.CaseReference, notification.Level,
                notification.DueOn, notification.CaseUnassigned));
        Assert.Null(notification.ReadAtUtc);

        var saved = await f.Db.LoadAsync(c.Id);
        var e = Assert.Single(saved.Events);
        Assert.Equal(CaseEventType.Escalated, e.Type);
        Assert.Equal((Actor.System.UserId, "Sistem"), (e.ActorId, e.ActorName));
        Assert.Equal("Peringatan kepada petugas Wa Ode Nurhayati: jatuh tempo hari ini, 26 November 2026.", e.Note);
        Assert.Equal(c.Version, saved.Version);
        Assert.Equal(c.UpdatedAtUtc, saved.UpdatedAtUtc);
    }

    [Fact]
    public async Task Escalate_SupervisorsAfterTwoWorkingDays_CountsOverTheWeekend()
    {
        await using var f = await EscalationFixture.CreateAsync();
        var c = await f.AddCaseAsync(Thursday);
        var action = f.Action();
        f.SetToday(Thursday);
        await action.ExecuteAsync();

        f.SetToday(new DateOnly(2026, 11, 29)); // Sunday: one working day (Friday) late
        Assert.Equal(0, (await action.ExecuteAsync()).Escalations);

        f.SetToday(new DateOnly(2026, 11, 30)); // Monday: two working days
        var run = await action.ExecuteAsync();

        Assert.Equal(new EscalationRun(0, 1, 0, 2, 0), run);
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        var notified = await db.Notifications.Where(n => n.Level == EscalationLevel.Supervisor)
            .Select(n => n.UserId).ToListAsync();
        Assert.Equal(new[] { f.Supervisor1.UserId, f.Supervisor2.UserId }.Order(), notified.Order());
        var e = (await f.Db.LoadAsync(c.Id)).Events.OrderBy(x => x.Id).Last();
        Assert.Equal("Eskalasi ke Kepala Seksi: jatuh tempo 26 November 2026 terlewati 2 hari kerja.", e.Note);
    }

    [Fact]
    public async Task Escalate_AcrossChristmasLeaveAndNewYear_CountsOnlyWorkingDays()
    {
        await using var f = await EscalationFixture.CreateAsync();
        // Wednesday 23 Dec 2026; 24 Dec is collective leave, 25 Dec and 1 Jan 2027 national holidays.
        var due = new DateOnly(2026, 12, 23);
        await f.AddCaseAsync(due);
        var action = f.Action();

        f.SetToday(new DateOnly(2026, 12, 28)); // Monday: one working day late
        Assert.Equal(new EscalationRun(1, 0, 0, 1, 0), await action.ExecuteAsync());
        f.SetToday(new DateOnly(2026, 12, 29)); // Tuesday: two
        Assert.Equal(new EscalationRun(0, 1, 0, 2, 0), await action.ExecuteAsync());
        f.SetToday(new DateOnly(2027, 1, 2)); // Saturday: four (28, 29, 30, 31 Dec)
        Assert.Equal(0, (await action.ExecuteAsync()).Escalations);
        f.SetToday(new DateOnly(2027, 1, 4)); // Monday: five
        Assert.Equal(new EscalationRun(0, 0, 1, 1, 0), await action.ExecuteAsync());

        await using var db = await f.Db.Factory.CreateDbContextAsync();
        Assert.Equal(f.Head.UserId, (await db.Notifications.SingleAsync(n => n.Level == EscalationLevel.Head)).UserId);
        Assert.Contains("Eskalasi ke Kepala Balai: jatuh tempo 23 Desember 2026 terlewati 5 hari kerja.",
            await db.CaseEvents.Select(e => e.Note).ToListAsync());
    }

    [Fact]
    public async Task Escalate_CaseFirstSeenAtHeadLevel_AddsAllThreeLevelsInOrder()
    {
        await using var f = await EscalationFixture.CreateAsync();
        var c = await f.AddCaseAsync(Thursday);
        f.SetToday(new DateOnly(2026, 12, 3));

        var run = await f.Action().ExecuteAsync();

        Assert.Equal(new EscalationRun(1, 1, 1, 4, 0), run);
        var events = (await f.Db.LoadAsync(c.Id)).Events.OrderBy(e => e.Id).ToList();
        Assert.Equal(
        [
            "Peringatan kepada petugas Wa Ode Nurhayati: jatuh tempo 26 November 2026 terlewati 5 hari kerja.",
            "Eskalasi ke Kepala Seksi: jatuh tempo 26 November 2026 terlewati 5 hari kerja.",
            "Eskalasi ke Kepala Balai: jatuh tempo 26 November 2026 terlewati 5 hari kerja.",
        ], events.Select(e => e.Note));
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        Assert.Equal([EscalationLevel.Officer, EscalationLevel.Supervisor, EscalationLevel.Head],
            await db.Escalations.OrderBy(e => e.Id).Select(e => e.Level).ToListAsync());
    }

    [Fact]
    public async Task Escalate_RunTwiceOrLaterTheSameDay_AddsNothing()
    {
        await using var f = await EscalationFixture.CreateAsync();
        await f.AddCaseAsync(Thursday);
        await f.AddCaseAsync(Thursday, assigned: false);
        f.SetToday(new DateOnly(2026, 12, 3));
        var action = f.Action();
        var first = await action.ExecuteAsync();
        var before = await CountsAsync(f);

        var second = await action.ExecuteAsync();
        f.Clock.Advance(TimeSpan.FromHours(6));
        var third = await action.ExecuteAsync();

        Assert.Equal(6, first.Escalations);
        Assert.Equal(new EscalationRun(0, 0, 0, 0, 0), second);
        Assert.Equal(new EscalationRun(0, 0, 0, 0, 0), third);
        Assert.Equal(before, await CountsAsync(f));
    }

    [Fact]
    public async Task Escalate_AfterARestart_NewServicesOnTheSameDatabaseAddNothing()
    {
        await using var f = await EscalationFixture.CreateAsync();
        await f.AddCaseAsync(Thursday);
        f.SetToday(new DateOnly(2026, 11, 30));
        await f.Action().ExecuteAsync();
        var before = await CountsAsync(f);

        // A restarted app: a new container, new factory, new contexts, new action; the clock moved on a bit.
        f.Clock.Advance(TimeSpan.FromMinutes(20));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddCaseDeskCore(f.Db.ConnectionString);
        services.AddSingleton<TimeProvider>(f.Clock);
        await using var provider = services.BuildServiceProvider();
        var run = await provider.GetRequiredService<EscalateOverdueCases>().ExecuteAsync();

        Assert.Equal(new EscalationRun(0, 0, 0, 0, 0), run);
        Assert.Equal(before, await CountsAsync(f));
    }

    [Fact]
    public async Task Escalate_TwoRunsAtOnce_EscalateEachStepOnce()
    {
        await using var f = await EscalationFixture.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await f.AddCaseAsync(Thursday, assigned: i % 2 == 0);
        }

        f.SetToday(new DateOnly(2026, 12, 3));

        var runs = await Task.WhenAll(f.Action().ExecuteAsync(), f.Action().ExecuteAsync());

        Assert.Equal(15, runs.Sum(r => r.Escalations));
        var (escalations, events, _) = await CountsAsync(f);
        Assert.Equal((15, 15), (escalations, events));
    }

    [Fact]
    public async Task Escalation_SameCaseDueDateAndLevelTwice_IsRefusedByTheDatabase()
    {
        await using var f = await EscalationFixture.CreateAsync();
        var c = await f.AddCaseAsync(Thursday);
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        db.Escalations.Add(new Escalation { CaseId = c.Id, Level = EscalationLevel.Officer, DueOn = Thursday });
        db.Escalations.Add(new Escalation { CaseId = c.Id, Level = EscalationLevel.Officer, DueOn = Thursday });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Escalate_ANewDueDateAfterAStep_EscalatesAfresh()
    {
        await using var f = await EscalationFixture.CreateAsync();
        // Opened Monday 23 Nov: verification must start within 3 working days, by Thursday 26 Nov.
        var opened = await new OpenCase(f.Db.Factory, f.Clock).ExecuteAsync(CaseTestData.Valid(), f.Officer);
        var id = opened.CaseId!.Value;
        await new AssignCase(f.Db.Factory, f.Clock).ExecuteAsync(id, f.Officer.UserId, f.Officer);
        var action = f.Action();
        f.SetToday(Thursday);
        Assert.Equal(1, (await action.ExecuteAsync()).Officer);

        var c = await f.Db.LoadAsync(id);
        var step = await f.Db.Transition(f.Clock).ExecuteAsync(id, CaseTrigger.StartVerification, StepInput.None,
            c.Version, f.Officer);
        Assert.True(step.Succeeded);
        var newDue = (await f.Db.LoadAsync(id)).DueOn!.Value;
        Assert.True(newDue > Thursday);
        Assert.Equal(0, (await action.ExecuteAsync()).Escalations);

        f.SetToday(newDue);
        var run = await action.ExecuteAsync();

        Assert.Equal(new EscalationRun(1, 0, 0, 1, 0), run);
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        Assert.Equal([Thursday, newDue], await db.Escalations.OrderBy(e => e.Id).Select(e => e.DueOn).ToListAsync());
    }

    [Fact]
    public async Task Escalate_PausedClosedOrNotYetDueCases_NeverEscalate()
    {
        await using var f = await EscalationFixture.CreateAsync();
        await f.AddCaseAsync(null); // waiting on a third party: no due date
        await f.AddCaseAsync(Thursday, status: CaseStatus.Closed); // a stale due date on a closed case
        await f.AddCaseAsync(Thursday, status: CaseStatus.Withdrawn);
        await f.AddCaseAsync(new DateOnly(2027, 1, 29));
        f.SetToday(new DateOnly(2027, 1, 4));

        var run = await f.Action().ExecuteAsync();

        Assert.Equal(new EscalationRun(0, 0, 0, 0, 0), run);
        Assert.Equal((0, 0, 0), await CountsAsync(f));
    }

    [Fact]
    public async Task Escalate_UnassignedCase_TellsTheSupervisorsItHasNoOfficer()
    {
        await using var f = await EscalationFixture.CreateAsync();
        var c = await f.AddCaseAsync(Thursday, assigned: false);
        f.SetToday(Thursday);

        var run = await f.Action().ExecuteAsync();

        Assert.Equal(new EscalationRun(1, 0, 0, 2, 0), run);
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        var notifications = await db.Notifications.ToListAsync();
        Assert.Equal(new[] { f.Supervisor1.UserId, f.Supervisor2.UserId }.Order(),
            notifications.Select(n => n.UserId).Order());
        Assert.All(notifications, n => Assert.True(n.CaseUnassigned && n.Level == EscalationLevel.Officer));
        Assert.Equal(
            "Peringatan kepada Kepala Seksi, kasus belum ditugaskan kepada petugas: jatuh tempo hari ini, 26 November 2026.",
            Assert.Single((await f.Db.LoadAsync(c.Id)).Events).Note);
    }

    [Fact]
    public async Task Escalate_NoHeadOfOfficeAccount_TellsTheAdministrators()
    {
        await using var f = await EscalationFixture.CreateAsync(withHead: false);
        await f.AddCaseAsync(Thursday);
        f.SetToday(new DateOnly(2026, 12, 3));

        await f.Action().ExecuteAsync();

        await using var db = await f.Db.Factory.CreateDbContextAsync();
        Assert.Equal(f.Admin.UserId, (await db.Notifications.SingleAsync(n => n.Level == EscalationLevel.Head)).UserId);
    }

    [Fact]
    public async Task Escalate_MoreCasesThanABatch_EscalatesThemAll()
    {
        await using var f = await EscalationFixture.CreateAsync();
        for (var i = 0; i < 7; i++)
        {
            await f.AddCaseAsync(Thursday);
        }

        f.SetToday(new DateOnly(2026, 11, 30));
        var action = new EscalateOverdueCases(f.Db.Factory, f.Clock) { BatchSize = 3 };

        var run = await action.ExecuteAsync();

        Assert.Equal(new EscalationRun(7, 7, 0, 21, 0), run);
    }

    [Fact]
    public async Task Escalate_CustomThresholds_FollowTheOptions()
    {
        await using var f = await EscalationFixture.CreateAsync();
        await f.AddCaseAsync(Thursday);
        f.SetToday(new DateOnly(2026, 11, 27)); // Friday: one working day late

        var run = await f.Action(new EscalationOptions { SupervisorAfterWorkingDays = 1, HeadAfterWorkingDays = 3 })
            .ExecuteAsync();

        Assert.Equal(new EscalationRun(1, 1, 0, 3, 0), run);
    }

    [Theory]
    [InlineData(2, 5, 15, true)]
    [InlineData(0, 5, 15, false)]
    [InlineData(3, 3, 15, false)]
    [InlineData(4, 2, 15, false)]
    [InlineData(2, 5, 0, false)]
    public void EscalationOptions_Validate_NeedsPositiveDaysHeadAfterSupervisorAndAnInterval(int supervisor, int head,
        int interval, bool valid)
    {
        var options = new EscalationOptions
        {
            SupervisorAfterWorkingDays = supervisor,
            HeadAfterWorkingDays = head,
            IntervalMinutes = interval,
        };

        var result = new EscalationOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Actor_HeadOfOffice_IsASupervisor()
    {
        Assert.True(new Actor("h", "Kepala", new HashSet<string> { Roles.Head }).IsSupervisor);
        Assert.False(new Actor("o", "Petugas", new HashSet<string> { Roles.Officer }).IsSupervisor);
        Assert.Contains(Roles.Head, Roles.All);
    }

    private static async Task<(int Escalations, int Events, int Notifications)> CountsAsync(EscalationFixture f)
    {
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        return (await db.Escalations.CountAsync(),
            await db.CaseEvents.CountAsync(e => e.Type == CaseEventType.Escalated),
            await db.Notifications.CountAsync());
    }
}
