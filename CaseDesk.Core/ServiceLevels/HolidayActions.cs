using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.ServiceLevels;

public sealed record HolidayInput(DateOnly? Date, string? Name, bool IsCollectiveLeave);

public sealed record HolidayRow(DateOnly Date, string Name, bool IsCollectiveLeave)
{
    /// <summary>A holiday on a Saturday or Sunday changes no working day; the page says so.</summary>
    public bool OnWeekend => Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>The outcome of a change to the holiday table; <see cref="CasesRescheduled"/> open cases got a new due
/// date because of it.</summary>
public sealed record HolidayResult(CommandOutcome Outcome, IReadOnlyList<FieldError> Errors, int CasesRescheduled = 0)
{
    public bool Succeeded => Outcome == CommandOutcome.Succeeded;

    internal static HolidayResult Invalid(string field, string message) =>
        new(CommandOutcome.Invalid, [new FieldError(field, message)]);

    internal static HolidayResult NotAllowed { get; } = new(CommandOutcome.NotAllowed, []);
    internal static HolidayResult NotFound { get; } = new(CommandOutcome.NotFound, []);
}

public sealed class HolidayQueries(IDbContextFactory<CaseDeskDb> dbFactory)
{
    public async Task<IReadOnlyList<HolidayRow>> GetYearAsync(int year, CancellationToken ct = default)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Holidays.AsNoTracking()
            .Where(h => h.Date >= first && h.Date <= last)
            .OrderBy(h => h.Date)
            .Select(h => new HolidayRow(h.Date, h.Name, h.IsCollectiveLeave))
            .ToListAsync(ct);
    }

    /// <summary>The years the table has holidays for, ascending.</summary>
    public async Task<IReadOnlyList<int>> GetYearsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dates = await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct);
        return [.. dates.Select(d => d.Year).Distinct().Order()];
    }
}

/// <summary>
/// Adds or changes a holiday (admin only). Holidays decide every working-day clock, so after the change the stored
/// due dates of the open cases are recomputed.
/// </summary>
/// <remarks>The recomputation runs after the holiday is committed, not inside its transaction: it is derived data
/// that start-up recomputes anyway, and one slow recomputation must not make the admin's change fail.</remarks>
public sealed class SaveHoliday(IDbContextFactory<CaseDeskDb> dbFactory, RecomputeDueDates recompute)
{
    public const int NameMaxLength = 150;

    /// <summary>Changes the holiday on <paramref name="originalDate"/> (which may move it to another date), or adds
    /// a new one when <paramref name="originalDate"/> is null.</summary>
    public async Task<HolidayResult> ExecuteAsync(DateOnly? originalDate, HolidayInput input, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Roles.Contains(Roles.Admin))
        {
            return HolidayResult.NotAllowed;
        }

        // A holiday row does not name who changed it: the audit interceptor takes the actor from the scope.
        using var audit = AuditScope.ForActor(actor);

        var name = CaseValidator.Clean(input.Name);
        if (input.Date is not { } date)
        {
            return HolidayResult.Invalid(nameof(HolidayInput.Date), CaseText.Get("Validation_HolidayDateRequired"));
        }

        if (name is null)
        {
            return HolidayResult.Invalid(nameof(HolidayInput.Name), CaseText.Get("Validation_HolidayNameRequired"));
        }

        if (name.Length > NameMaxLength)
        {
            return HolidayResult.Invalid(nameof(HolidayInput.Name),
                CaseText.Format("Validation_HolidayNameTooLong", NameMaxLength));
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            Holiday? existing = null;
            if (originalDate is { } original)
            {
                existing = await db.Holidays.SingleOrDefaultAsync(h => h.Date == original, ct);
                if (existing is null)
                {
                    return HolidayResult.NotFound;
                }
            }

            if (date != originalDate && await db.Holidays.AnyAsync(h => h.Date == date, ct))
            {
                return HolidayResult.Invalid(nameof(HolidayInput.Date),
                    CaseText.Format("Validation_HolidayDateTaken", DateText(date)));
            }

            if (existing is not null && existing.Date != date)
            {
                // The date is the key: a moved holiday is a new row.
                db.Holidays.Remove(existing);
                existing = null;
            }

            if (existing is null)
            {
                db.Holidays.Add(new Holiday { Date = date, Name = name, IsCollectiveLeave = input.IsCollectiveLeave });
            }
            else
            {
                existing.Name = name;
                existing.IsCollectiveLeave = input.IsCollectiveLeave;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return new HolidayResult(CommandOutcome.Succeeded, [], await recompute.ExecuteAsync(ct));
    }

    private static string DateText(DateOnly date) =>
        date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentUICulture);
}

/// <summary>Removes a holiday (admin only) and recomputes the open cases' due dates.</summary>
public sealed class DeleteHoliday(IDbContextFactory<CaseDeskDb> dbFactory, RecomputeDueDates recompute)
{
    public async Task<HolidayResult> ExecuteAsync(DateOnly date, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Roles.Contains(Roles.Admin))
        {
            return HolidayResult.NotAllowed;
        }

        // A holiday row does not name who changed it: the audit interceptor takes the actor from the scope.
        using var audit = AuditScope.ForActor(actor);

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // Loaded and removed (not ExecuteDelete) so the audit interceptor sees the deletion.
            var holiday = await db.Holidays.SingleOrDefaultAsync(h => h.Date == date, ct);
            if (holiday is null)
            {
                return HolidayResult.NotFound;
            }

            db.Holidays.Remove(holiday);
            await db.SaveChangesAsync(ct);
        }

        return new HolidayResult(CommandOutcome.Succeeded, [], await recompute.ExecuteAsync(ct));
    }
}
