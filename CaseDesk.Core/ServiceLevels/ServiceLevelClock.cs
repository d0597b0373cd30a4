using CaseDesk.Core.Cases;

namespace CaseDesk.Core.ServiceLevels;

/// <summary>A period the case waited (end null while it still waits).</summary>
public sealed record WaitPeriod(DateTime StartedAtUtc, DateTime? EndedAtUtc);

/// <summary>What a clock is computed from: the case's state, when it entered that state (the latest transition
/// event into it; null when it was created in it) and its waits.</summary>
public sealed record ClockFacts(CaseKind Kind, CaseStatus Status, DateTime CreatedAtUtc, DateTime? EnteredStatusAtUtc,
    DateTime? IdentityVerifiedAtUtc, IReadOnlyList<WaitPeriod> Waits);

/// <summary>
/// The service-level clock of an open case: the target that applies, its due date (office date, WITA), the working
/// days left (negative when overdue) and whether it is paused because the case waits on a third party.
/// </summary>
/// <remarks>
/// Which clock runs: in Intake, <see cref="ServiceLevelTarget.StartVerification"/> from intake; in Verification,
/// <see cref="ServiceLevelTarget.Clarification"/> from entering Verification; for complaints and mediations in
/// Mediation (either form), and in Verification once the worker's identity is verified,
/// <see cref="ServiceLevelTarget.Resolution"/> from the identity verification. When two run, the one due first
/// applies. Resolved, referred and the repatriation stages run none. A paused working day — one after the day a
/// wait started up to and including the day it ended (today while it still waits) — moves the due date by a day.
/// </remarks>
public sealed record ServiceLevelClock(ServiceLevelTarget Target, int TargetDays, DateOnly StartedOn, DateOnly DueOn,
    int WorkingDaysLeft, bool IsPaused)
{
    public bool IsOverdue => !IsPaused && WorkingDaysLeft < 0;

    /// <summary>Due within <paramref name="days"/> working days (today included), and not overdue or paused.</summary>
    public bool IsDueWithin(int days) => !IsPaused && WorkingDaysLeft >= 0 && WorkingDaysLeft <= days;

    /// <summary>The clock, or null when the case is closed or its state runs no clock.</summary>
    public static ServiceLevelClock? Compute(ClockFacts facts, WorkingCalendar calendar, ServiceLevelOptions options,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);

        var entered = facts.EnteredStatusAtUtc ?? facts.CreatedAtUtc;
        var resolutionKind = facts.Kind is CaseKind.Complaint or CaseKind.Mediation;
        var candidates = new List<(ServiceLevelTarget Target, DateTime FromUtc)>();
        switch (facts.Status)
        {
            case CaseStatus.Intake:
                candidates.Add((ServiceLevelTarget.StartVerification, facts.CreatedAtUtc));
                break;
            case CaseStatus.Verification:
                candidates.Add((ServiceLevelTarget.Clarification, entered));
                if (resolutionKind && facts.IdentityVerifiedAtUtc is { } verified)
                {
                    candidates.Add((ServiceLevelTarget.Resolution, verified));
                }

                break;
            case CaseStatus.Mediation or CaseStatus.MediationViaRepresentation when resolutionKind:
                // Identity is a guard of StartMediation, but an edit of the documents can clear it afterwards.
                candidates.Add((ServiceLevelTarget.Resolution, facts.IdentityVerifiedAtUtc ?? entered));
                break;
        }

        ServiceLevelClock? applies = null;
        foreach (var (target, fromUtc) in candidates)
        {
            if (options.DaysFor(target, facts.Kind) is not { } days)
            {
                continue;
            }

            var clock = Run(target, days, OfficeTime.DateOf(fromUtc), facts.Waits, calendar, today);
            if (applies is null || clock.DueOn < applies.DueOn)
            {
                applies = clock;
            }
        }

        return applies;
    }

    private static ServiceLevelClock Run(ServiceLevelTarget target, int days, DateOnly start,
        IReadOnlyList<WaitPeriod> waits, WorkingCalendar calendar, DateOnly today)
    {
        var paused = 0;
        var isPaused = false;
        foreach (var wait in waits)
        {
            var waitStart = OfficeTime.DateOf(wait.StartedAtUtc);
            var waitEnd = wait.EndedAtUtc is { } ended ? OfficeTime.DateOf(ended) : today;
            isPaused |= wait.EndedAtUtc is null;
            // Waits before the clock started do not extend it.
            var from = waitStart > start ? waitStart : start;
            if (waitEnd > from)
            {
                paused += calendar.WorkingDaysBetween(from, waitEnd);
            }
        }

        var due = calendar.AddWorkingDays(start, days + paused);
        return new ServiceLevelClock(target, days, start, due, calendar.WorkingDaysBetween(today, due), isPaused);
    }
}
