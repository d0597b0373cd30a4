using System.Globalization;
using System.Linq.Expressions;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Reports;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Dashboard;

/// <summary>The dashboard's choices: a period of office days (WITA, both ends included) and, optionally, one
/// regency, one case kind and one sector.</summary>
public sealed record DashboardFilter(DateOnly From, DateOnly To, string? RegencyCode, CaseKind? Kind, Sector? Sector)
{
    public ReportPeriod Period => new(From, To);

    /// <summary>The cases the dashboard looks at, whatever their dates, as the queue's filter. Every figure is this
    /// filter plus a period, a state or a group key, and so is the queue link it opens: a bar and the queue behind it
    /// count the same rows.</summary>
    public CaseQueueFilter Scope => new() { RegencyCode = RegencyCode, Kind = Kind, Sector = Sector };
}

/// <param name="OpenNow">Open cases now (any registration date).</param>
/// <param name="NewInPeriod">Cases registered in the period.</param>
/// <param name="ClosedInPeriod">Cases closed (status Closed) in the period; a reopened case counts again only when it
/// is closed again.</param>
/// <param name="OverdueNow">Open cases whose running service-level clock is past its due date today.</param>
/// <param name="MedianDaysToResolve">Median of the calendar days (office dates) from registration to closure of the
/// cases closed in the period; null when none was closed.</param>
/// <param name="MoneyRecovered">Rupiah agreed in mediation: the sum of <see cref="Case.SettlementAmount"/> of the
/// cases closed in the period whose mediation ended in an agreement. It is the amount the parties agreed on, as
/// recorded in the minutes; CaseDesk does not record whether it was paid.</param>
/// <param name="NonProceduralNew">Cases registered in the period whose worker left non-procedurally.</param>
public sealed record DashboardKpis(int OpenNow, int NewInPeriod, int ClosedInPeriod, int OverdueNow,
    double? MedianDaysToResolve, long MoneyRecovered, int NonProceduralNew)
{
    /// <summary>Share of non-procedural departures among the cases registered in the period (0–1); null without
    /// cases.</summary>
    public double? ShareNonProcedural => NewInPeriod == 0 ? null : (double)NonProceduralNew / NewInPeriod;
}

/// <summary>One month of the trend: cases registered and closed in it. <see cref="From"/> and <see cref="To"/> are the
/// month cut to the period (the first and last month may be partial).</summary>
public sealed record MonthTrend(DateOnly Month, DateOnly From, DateOnly To, int New, int Closed);

/// <summary>Open cases whose age (office days since registration) is between <see cref="MinDays"/> and
/// <see cref="MaxDays"/>; registered from <see cref="RegisteredFrom"/> (open-ended when null) to
/// <see cref="RegisteredTo"/>.</summary>
public sealed record AgeBucket(string Key, int MinDays, int? MaxDays, DateOnly? RegisteredFrom, DateOnly RegisteredTo,
    int Count);

/// <summary>Open and overdue cases of one officer; <see cref="OfficerId"/> null for cases nobody has taken yet.</summary>
public sealed record OfficerLoad(string? OfficerId, string? Name, int Open, int Overdue);

public sealed record DashboardData(
    DashboardFilter Filter,
    DateOnly Today,
    DashboardKpis Kpis,
    IReadOnlyList<CountRow> ByRegency,
    IReadOnlyList<CountRow> ByCategory,
    IReadOnlyList<CountRow> ByCountry,
    IReadOnlyList<MonthTrend> Trend,
    IReadOnlyList<AgeBucket> Ageing,
    IReadOnlyList<OfficerLoad> Workload)
{
    /// <summary>Whether the dashboard has anything to show: no case in scope at all, open or registered in the
    /// period or closed in it.</summary>
    public bool IsEmpty => Kpis is { OpenNow: 0, NewInPeriod: 0, ClosedInPeriod: 0 };
}

/// <summary>
/// The supervisor's dashboard: key figures, breakdowns by regency, category and destination country of the cases
/// registered in the period, the monthly trend of new and closed cases, the ageing of open cases and each officer's
/// workload. Every figure is a COUNT, SUM or GROUP BY in the database over indexed columns (no entity is loaded), run
/// one after the other on one context, except the median, which reads two timestamps per closed case; the filters are
/// the queue's own (<see cref="CaseQueries.Apply"/>).
/// </summary>
public sealed class DashboardQuery(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    /// <summary>Destination countries shown by name; the rest are summed in one "other" row.</summary>
    public const int TopCountries = 8;

    /// <summary>The key of the row summing the other destination countries and cases without one.</summary>
    public const string OtherCountriesKey = "*";

    public async Task<DashboardData> GetAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.From > filter.To)
        {
            throw new ArgumentException("The period starts after it ends.", nameof(filter));
        }

        var today = OfficeTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = filter.Scope;
        var registered = Cases(db, scope with { CreatedFrom = filter.From, CreatedTo = filter.To }, today);
        var closed = Cases(db, scope with { ClosedFrom = filter.From, ClosedTo = filter.To }, today);
        var open = Cases(db, scope with { OpenOnly = true }, today);
        var overdue = Cases(db, scope with { OpenOnly = true, Due = DueFilter.Overdue }, today);

        var newInPeriod = await registered.CountAsync(ct);
        var closedInPeriod = await closed.CountAsync(ct);
        var kpis = new DashboardKpis(
            await open.CountAsync(ct),
            newInPeriod,
            closedInPeriod,
            await overdue.CountAsync(ct),
            await MedianDaysAsync(closed, closedInPeriod, ct),
            await closed.Where(c => c.MediationOutcome == MediationOutcome.Agreement)
                .SumAsync(c => c.SettlementAmount, ct) ?? 0,
            await registered.CountAsync(c => c.NonProcedural, ct));

        return new DashboardData(filter, today, kpis,
            await ByRegencyAsync(db, registered, filter.RegencyCode, ct),
            await ByCategoryAsync(registered, ct),
            await ByCountryAsync(db, registered, ct),
            await TrendAsync(registered, closed, filter, ct),
            await AgeingAsync(open, today, ct),
            await WorkloadAsync(db, open, overdue, ct));
    }

    private static IQueryable<Case> Cases(CaseDeskDb db, CaseQueueFilter filter, DateOnly today) =>
        // The calendar only serves the "due soon" filter, which the dashboard never uses.
        CaseQueries.Apply(db.Cases.AsNoTracking(), filter, today, WorkingCalendar.WeekendsOnly);

    /// <summary>The median of the office-day durations. Only the two timestamps of the closed cases are read: computing
    /// office dates in SQL (strftime and julianday on every row, then a sort) cost twenty times more at 100,000
    /// cases.</summary>
    private static async Task<double?> MedianDaysAsync(IQueryable<Case> closed, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return null;
        }

        var spans = await closed.Select(c => new { c.CreatedAtUtc, ClosedAtUtc = c.ClosedAtUtc!.Value }).ToListAsync(ct);
        if (spans.Count == 0)
        {
            return null;
        }

        var days = spans.Select(s => OfficeTime.DateOf(s.ClosedAtUtc).DayNumber - OfficeTime.DateOf(s.CreatedAtUtc).DayNumber)
            .ToArray();
        Array.Sort(days);
        var middle = days.Length / 2;
        return days.Length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
    }

    private static async Task<List<CountRow>> ByRegencyAsync(CaseDeskDb db, IQueryable<Case> registered,
        string? regencyCode, CancellationToken ct)
    {
        var counts = await Breakdown.CountAsync(registered.GroupBy(c => c.HomeRegencyCode)
            .Select(g => new KeyCount(g.Key, g.Count())), ct);
        var regencies = await db.Regencies.AsNoTracking().OrderBy(r => r.Code)
            .Where(r => regencyCode == null || r.Code == regencyCode)
            .Select(r => new { r.Code, r.Name })
            .ToListAsync(ct);
        // Every regency in Kemendagri order, zero included, so a district sees it was counted.
        return [.. regencies.Select(r => new CountRow(r.Code, r.Name, counts.GetValueOrDefault(r.Code)))];
    }

    private static async Task<List<CountRow>> ByCategoryAsync(IQueryable<Case> registered, CancellationToken ct)
    {
        var counts = await Breakdown.CountAsync(registered.GroupBy(c => c.Category)
            .Select(g => new KeyCount(g.Key.ToString(), g.Count())), ct);
        return Breakdown.Labelled<ComplaintCategory>(counts, null);
    }

    private static async Task<List<CountRow>> ByCountryAsync(CaseDeskDb db, IQueryable<Case> registered,
        CancellationToken ct)
    {
        var counts = await Breakdown.CountAsync(registered.GroupBy(c => c.DestinationCountryCode)
            .Select(g => new KeyCount(g.Key ?? "", g.Count())), ct);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var names = await db.Countries.AsNoTracking()
            .ToDictionaryAsync(c => c.Code, c => english ? c.NameEn : c.NameId, ct);
        var ranked = counts.Where(p => p.Key.Length > 0)
            .OrderByDescending(p => p.Value).ThenBy(p => names.GetValueOrDefault(p.Key, p.Key), StringComparer.Ordinal)
            .ToList();
        var rows = ranked.Take(TopCountries)
            .Select(p => new CountRow(p.Key, names.GetValueOrDefault(p.Key, p.Key), p.Value))
            .ToList();
        var others = ranked.Skip(TopCountries).Sum(p => p.Value) + counts.GetValueOrDefault("");
        if (others > 0)
        {
            // Labelled by the page: the row has no country of its own and no queue filter.
            rows.Add(new CountRow(OtherCountriesKey, "", others));
        }

        return rows;
    }

    private static async Task<List<MonthTrend>> TrendAsync(IQueryable<Case> registered, IQueryable<Case> closed,
        DashboardFilter filter, CancellationToken ct)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(filter.From.Year, filter.From.Month, 1); month <= filter.To; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        // The month of each row by comparing the stored UTC moment with the UTC starts of the office months: plain
        // text comparisons, where strftime(…, '+8 hours') parsed every row's date (ten times slower at 100,000).
        var ends = months.Skip(1).Select(CaseQueries.StartOfOfficeDayUtc).ToList();
        var created = await registered.GroupBy(MonthIndex(c => c.CreatedAtUtc, ends))
            .Select(g => new { Month = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Month, g => g.Count, ct);
        var done = await closed.GroupBy(MonthIndex(c => c.ClosedAtUtc!.Value, ends))
            .Select(g => new { Month = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Month, g => g.Count, ct);

        return [.. months.Select((month, i) =>
        {
            var end = month.AddMonths(1).AddDays(-1);
            return new MonthTrend(month, Max(month, filter.From), end < filter.To ? end : filter.To,
                created.GetValueOrDefault(i), done.GetValueOrDefault(i));
        })];
    }

    /// <summary><c>moment &lt; ends[0] ? 0 : moment &lt; ends[1] ? 1 : … : ends.Count</c>, for rows already limited to
    /// the period.</summary>
    private static Expression<Func<Case, int>> MonthIndex(Expression<Func<Case, DateTime>> moment,
        IReadOnlyList<DateTime> ends)
    {
        Expression body = Expression.Constant(ends.Count);
        for (var i = ends.Count - 1; i >= 0; i--)
        {
            body = Expression.Condition(Expression.LessThan(moment.Body, Expression.Constant(ends[i])),
                Expression.Constant(i), body);
        }

        return Expression.Lambda<Func<Case, int>>(body, moment.Parameters);
    }

    /// <summary>Ages in office days since registration, one GROUP BY over a CASE of registration-date bounds.</summary>
    private static async Task<List<AgeBucket>> AgeingAsync(IQueryable<Case> open, DateOnly today, CancellationToken ct)
    {
        var buckets = MeetingReportQuery.AgeBuckets;
        // A case is at most MaxDays old when registered on or after the start of (today - MaxDays).
        var b0 = CaseQueries.StartOfOfficeDayUtc(today.AddDays(-buckets[0].MaxDays!.Value));
        var b1 = CaseQueries.StartOfOfficeDayUtc(today.AddDays(-buckets[1].MaxDays!.Value));
        var b2 = CaseQueries.StartOfOfficeDayUtc(today.AddDays(-buckets[2].MaxDays!.Value));
        var counts = await open
            .GroupBy(c => c.CreatedAtUtc >= b0 ? 0 : c.CreatedAtUtc >= b1 ? 1 : c.CreatedAtUtc >= b2 ? 2 : 3)
            .Select(g => new { Bucket = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Bucket, g => g.Count, ct);
        return [.. buckets.Select((b, i) => new AgeBucket(b.Key, b.MinDays, b.MaxDays,
            b.MaxDays is { } max ? today.AddDays(-max) : null, today.AddDays(-b.MinDays), counts.GetValueOrDefault(i)))];
    }

    /// <summary>Open and overdue cases per assigned officer; every officer is listed, even without open cases, and the
    /// cases nobody has taken come last.</summary>
    private static async Task<List<OfficerLoad>> WorkloadAsync(CaseDeskDb db, IQueryable<Case> open,
        IQueryable<Case> overdue, CancellationToken ct)
    {
        var openBy = await open.GroupBy(c => c.AssignedOfficerId)
            .Select(g => new { Officer = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var overdueBy = await overdue.GroupBy(c => c.AssignedOfficerId)
            .Select(g => new { Officer = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var officers = await (from userRole in db.UserRoles
                              join role in db.Roles on userRole.RoleId equals role.Id
                              where role.Name == Roles.Officer
                              select userRole.UserId).ToListAsync(ct);
        var names = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var loads = officers.Concat(openBy.Where(o => o.Officer is not null).Select(o => o.Officer!)).Distinct()
            .Select(id => new OfficerLoad(id, names.GetValueOrDefault(id, id),
                openBy.FirstOrDefault(o => o.Officer == id)?.Count ?? 0,
                overdueBy.FirstOrDefault(o => o.Officer == id)?.Count ?? 0))
            .OrderByDescending(l => l.Open).ThenByDescending(l => l.Overdue)
            .ThenBy(l => l.Name, StringComparer.CurrentCulture)
            .ToList();
        loads.Add(new OfficerLoad(null, null, openBy.FirstOrDefault(o => o.Officer is null)?.Count ?? 0,
            overdueBy.FirstOrDefault(o => o.Officer is null)?.Count ?? 0));
        return loads;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
