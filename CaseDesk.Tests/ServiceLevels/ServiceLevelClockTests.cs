using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;

namespace CaseDesk.Tests.ServiceLevels;

public sealed class ServiceLevelClockTests
{
    private static readonly ServiceLevelOptions Defaults = new();
    private static readonly WorkingCalendar Calendar = WorkingCalendar.WeekendsOnly;

    // 02:00 UTC = 10:00 WITA on the same day.
    private static DateTime Utc(int month, int day, int hour = 2) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);
    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static ClockFacts Facts(CaseStatus status, CaseKind kind = CaseKind.Complaint, DateTime? entered = null,
        DateTime? verified = null, params WaitPeriod[] waits) =>
        new(kind, status, Utc(11, 2), entered, verified, waits);

    [Fact]
    public void Compute_Intake_DueThreeWorkingDaysAfterIntake()
    {
        // Intake Monday 2 Nov → due Thursday 5 Nov; on Wednesday 4 Nov one day is left.
        var clock = ServiceLevelClock.Compute(Facts(CaseStatus.Intake), Calendar, Defaults, D(11, 4))!;

        Assert.Equal(ServiceLevelTarget.StartVerification, clock.Target);
        Assert.Equal(D(11, 5), clock.DueOn);
        Assert.Equal(1, clock.WorkingDaysLeft);
        Assert.False(clock.IsOverdue);
        Assert.True(clock.IsDueWithin(2));
    }

    [Fact]
    public void Compute_IntakeAfterDueDate_IsOverdue()
    {
        var clock = ServiceLevelClock.Compute(Facts(CaseStatus.Intake), Calendar, Defaults, D(11, 9))!;

        Assert.Equal(-2, clock.WorkingDaysLeft); // Friday 6 and Monday 9 November
        Assert.True(clock.IsOverdue);
        Assert.False(clock.IsDueWithin(2));
    }

    [Fact]
    public void Compute_Verification_FifteenWorkingDaysFromEnteringIt()
    {
        var clock = ServiceLevelClock.Compute(Facts(CaseStatus.Verification, entered: Utc(11, 4)), Calendar, Defaults,
            D(11, 4))!;

        Assert.Equal(ServiceLevelTarget.Clarification, clock.Target);
        Assert.Equal(D(11, 25), clock.DueOn); // three weeks later
        Assert.Equal(15, clock.WorkingDaysLeft);
    }

    [Fact]
    public void Compute_Mediation_SixtyWorkingDaysFromIdentityVerification()
    {
        var clock = ServiceLevelClock.Compute(
            Facts(CaseStatus.Mediation, entered: Utc(11, 10), verified: Utc(11, 3)), Calendar, Defaults, D(11, 10))!;

        Assert.Equal(ServiceLevelTarget.Resolution, clock.Target);
        Assert.Equal(Calendar.AddWorkingDays(D(11, 3), 60), clock.DueOn);
    }

    [Fact]
    public void Compute_VerificationWithResolutionDueFirst_AppliesTheEarlierTarget()
    {
        // Verified long ago, re-entered Verification (reopened) recently: the resolution clock is due first.
        var options = new ServiceLevelOptions { WorkingDays = { [ServiceLevelTarget.Resolution] = 5 } };
        var clock = ServiceLevelClock.Compute(
            Facts(CaseStatus.Verification, entered: Utc(11, 16), verified: Utc(11, 2)), Calendar, options, D(11, 16))!;

        Assert.Equal(ServiceLevelTarget.Resolution, clock.Target);
        Assert.Equal(D(11, 9), clock.DueOn);
    }

    [Theory]
    [InlineData(CaseStatus.Resolved)]
    [InlineData(CaseStatus.Referred)]
    [InlineData(CaseStatus.Closed)]
    [InlineData(CaseStatus.Withdrawn)]
    public void Compute_StatesWithoutAClock_ReturnNull(CaseStatus status)
    {
        Assert.Null(ServiceLevelClock.Compute(Facts(status), Calendar, Defaults, D(11, 4)));
    }

    [Fact]
    public void Compute_RepatriationCoordinating_HasNoClock()
    {
        Assert.Null(ServiceLevelClock.Compute(Facts(CaseStatus.Coordinating, CaseKind.Repatriation, verified: Utc(11, 2)),
            Calendar, Defaults, D(11, 4)));
    }

    [Fact]
    public void Compute_KindOverride_ReplacesTheDefaultAndZeroSwitchesOff()
    {
        var options = new ServiceLevelOptions
        {
            Kinds =
            {
                [CaseKind.Repatriation] = new() { [ServiceLevelTarget.StartVerification] = 1 },
                [CaseKind.Complaint] = new() { [ServiceLevelTarget.StartVerification] = 0 },
            },
        };

        var repatriation = ServiceLevelClock.Compute(Facts(CaseStatus.Intake, CaseKind.Repatriation), Calendar, options,
            D(11, 2))!;
        Assert.Equal(D(11, 3), repatriation.DueOn);
        Assert.Null(ServiceLevelClock.Compute(Facts(CaseStatus.Intake), Calendar, options, D(11, 2)));
    }

    [Fact]
    public void Compute_EndedWait_ExcludesThePausedWorkingDays()
    {
        // Waited from Tuesday 3 to Monday 9 November: Wed, Thu, Fri, Mon = 4 paused working days.
        var wait = new WaitPeriod(Utc(11, 3), Utc(11, 9));
        var clock = ServiceLevelClock.Compute(Facts(CaseStatus.Intake, waits: wait), Calendar, Defaults, D(11, 9))!;

        Assert.Equal(D(11, 11), clock.DueOn); // Thursday 5 + 4 working days
        Assert.Equal(2, clock.WorkingDaysLeft);
        Assert.False(clock.IsPaused);
    }

    [Fact]
    public void Compute_OpenWait_IsPausedAndItsDaysLeftStayFrozen()
    {
        var wait = new WaitPeriod(Utc(11, 3), null);

        var onWednesday = ServiceLevelClock.Compute(Facts(CaseStatus.Intake, waits: wait), Calendar, Defaults, D(11, 4))!;
        var weekLater = ServiceLevelClock.Compute(Facts(CaseStatus.Intake, waits: wait), Calendar, Defaults, D(11, 11))!;

        Assert.True(onWednesday.IsPaused);
        Assert.False(weekLater.IsOverdue);
        Assert.Equal(onWednesday.WorkingDaysLeft, weekLater.WorkingDaysLeft);
        Assert.Equal(2, weekLater.WorkingDaysLeft);
    }

    [Fact]
    public void Compute_WaitBeforeTheClockStarted_DoesNotExtendIt()
    {
        var earlier = new WaitPeriod(Utc(11, 2), Utc(11, 6));
        var clock = ServiceLevelClock.Compute(Facts(CaseStatus.Verification, entered: Utc(11, 9), waits: earlier),
            Calendar, Defaults, D(11, 9))!;

        Assert.Equal(Calendar.AddWorkingDays(D(11, 9), 15), clock.DueOn);
    }

    [Fact]
    public void Compute_IntakeLateEvening_CountsFromTheWitaDate()
    {
        // Created Friday 6 Nov 23:30 UTC = Saturday 7 Nov 07:30 WITA: three working days after Saturday is Wednesday.
        var facts = new ClockFacts(CaseKind.Complaint, CaseStatus.Intake, new DateTime(2026, 11, 6, 23, 30, 0,
            DateTimeKind.Utc), null, null, []);

        Assert.Equal(D(11, 11), ServiceLevelClock.Compute(facts, Calendar, Defaults, D(11, 9))!.DueOn);
    }
}
