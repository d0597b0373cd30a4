using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.ServiceLevels;

/// <summary>
/// The office's working days: Monday to Friday, except national holidays and collective leave. Pure functions over
/// a holiday set loaded once per operation (<see cref="LoadAsync"/>); dates are office dates (WITA).
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    /// <summary>Weekends only: for tests and for years the holiday table does not cover yet.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([]);

    public static async Task<WorkingCalendar> LoadAsync(CaseDeskDb db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var dates = await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct);
        return new WorkingCalendar(dates);
    }

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>The <paramref name="n"/>-th working day after <paramref name="start"/> (before it when negative);
    /// <paramref name="start"/> itself when <paramref name="n"/> is 0. The start day never counts, so "within 3
    /// working days" of a Friday intake ends on Wednesday.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        var step = n < 0 ? -1 : 1;
        var date = start;
        for (var left = Math.Abs(n); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative
    /// when <paramref name="to"/> is earlier. <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
