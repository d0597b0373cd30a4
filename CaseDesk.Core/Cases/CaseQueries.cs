using System.Globalization;
using System.Linq.Expressions;
using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Cases;

public sealed record CaseQueueFilter
{
    public CaseKind? Kind { get; init; }
    public CaseStatus? Status { get; init; }
    public Urgency? Urgency { get; init; }
    public string? RegencyCode { get; init; }
    public ComplaintCategory? Category { get; init; }
    /// <summary>Only cases assigned to this user id.</summary>
    public string? AssignedToUserId { get; init; }
    /// <summary>Matches reference number, worker name (contains) or NIK (prefix).</summary>
    public string? Search { get; init; }
    public bool OpenOnly { get; init; }
    /// <summary>Only cases whose running service-level clock is overdue, or due within two working days.</summary>
    public DueFilter? Due { get; init; }
    public Sector? Sector { get; init; }
    public string? CountryCode { get; init; }
    /// <summary>Registered on or after this office date (WITA).</summary>
    public DateOnly? CreatedFrom { get; init; }
    /// <summary>Registered on or before this office date (WITA).</summary>
    public DateOnly? CreatedTo { get; init; }
    /// <summary>Closed (status Closed) on or after this office date (WITA).</summary>
    public DateOnly? ClosedFrom { get; init; }
    /// <summary>Closed (status Closed) on or before this office date (WITA).</summary>
    public DateOnly? ClosedTo { get; init; }
    /// <summary>The cases the viewer may see (<see cref="CaseAccess"/>); null for office-wide callers.</summary>
    public CaseScope? Scope { get; init; }
}

public enum DueFilter { Overdue, Soon }

public enum QueueSort { CreatedAt, ReferenceNumber, WorkerName, Status, Urgency, Regency }

/// <summary>A page of a queue. <see cref="Page"/> is zero-based (MudDataGrid's convention); ties in the sort
/// order are broken by newest first, then id, so paging is stable.</summary>
public sealed record PageRequest(int Page, int PageSize, QueueSort Sort = QueueSort.CreatedAt, bool Descending = true);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);

public sealed record CaseQueueRow(int Id, string ReferenceNumber, CaseKind Kind, CaseStatus Status, Urgency Urgency,
    Sector Sector, string WorkerName, string RegencyName, ComplaintCategory Category, string? CountryName,
    string? AssignedOfficerId, string? AssignedOfficerName, DateTime CreatedAtUtc, DateOnly? DueOn = null,
    WaitingFor? WaitingFor = null, int? WorkingDaysLeft = null);

public sealed record TimelineEntry(long Id, CaseEventType Type, DateTime AtUtc, string ActorName,
    CaseStatus? FromStatus, CaseStatus? ToStatus, string? Trigger, string? Note, string? Data = null)
{
    /// <summary>What the step recorded (settlement, referral, arrival…), if anything.</summary>
    public StepFacts? Facts => StepFacts.Parse(Data);
}

/// <summary>
/// A case for the details page: a detached, read-only snapshot of the entity (never attached to a context; identity
/// numbers and telephone numbers masked, see <see cref="PersonalDataAccess"/>) plus
/// the display names it refers to and its timeline, newest first.
/// </summary>
/// <remarks><see cref="ServiceLevel"/> is the running clock (null when none runs); <see cref="OpenWait"/> the third
/// party the case waits on, if any.</remarks>
public sealed record CaseDetails(Case Case, string RegencyName, string? CountryName, string? AssignedOfficerName,
    string? LinkedCaseReference, IReadOnlyList<TimelineEntry> Timeline, ServiceLevelClock? ServiceLevel = null,
    CaseWait? OpenWait = null);

public sealed record Option(string Code, string Name);

/// <remarks>Without <paramref name="clock"/> (tests, tools) "today" is the system's.</remarks>
public sealed class CaseQueries(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider? clock = null,
    IOptions<ServiceLevelOptions>? serviceLevels = null, IOptions<AccessOptions>? access = null)
{
    /// <summary>The roles of the users who handle cases and so can be assigned one.</summary>
    public static readonly IReadOnlyList<string> AssignableRoles = [Roles.Officer, Roles.Supervisor, Roles.Head];

    public const int MaxPageSize = 200;

    /// <summary>"Due soon" means due today or within this many working days.</summary>
    public const int SoonWorkingDays = 2;

    // Statuses are stored as text; sorting by the text would be alphabetical, so sort by the declaration order
    // (roughly the order a case moves through) with a CASE expression.
    private static readonly Expression<Func<Case, int>> StatusOrder = BuildStatusOrder();

    public async Task<PagedResult<CaseQueueRow>> GetQueueAsync(CaseQueueFilter filter, PageRequest page,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var today = OfficeTime.Today(clock ?? TimeProvider.System);
        var query = Apply(db.Cases.AsNoTracking(), filter, today, calendar);
        var total = await query.CountAsync(ct);

        var pageSize = Math.Clamp(page.PageSize, 1, MaxPageSize);
        var skip = Math.Max(page.Page, 0) * pageSize;
        var english = IsEnglish();
        var rows = await Sort(query, page.Sort, page.Descending)
            .Skip(skip)
            .Take(pageSize)
            .Select(c => new CaseQueueRow(c.Id, c.ReferenceNumber, c.Kind, c.Status, c.Urgency, c.Sector,
                c.WorkerName, c.HomeRegency!.Name, c.Category,
                c.DestinationCountry == null ? null : english ? c.DestinationCountry.NameEn : c.DestinationCountry.NameId,
                c.AssignedOfficerId, c.AssignedOfficer == null ? null : c.AssignedOfficer.DisplayName, c.CreatedAtUtc,
                c.DueOn, c.WaitingFor, null))
            .ToListAsync(ct);
        var withDays = rows.Select(r => r.DueOn is { } due
            ? r with { WorkingDaysLeft = calendar.WorkingDaysBetween(today, due) }
            : r).ToList();
        return new PagedResult<CaseQueueRow>(withDays, total);
    }

    /// <summary>The queue as <paramref name="viewer"/> may see it (<see cref="CaseAccess"/>).</summary>
    public async Task<PagedResult<CaseQueueRow>> GetQueueAsync(CaseQueueFilter filter, PageRequest page, Actor viewer,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return await GetQueueAsync(filter with { Scope = await ScopeAsync(viewer, ct) }, page, ct);
    }

    /// <summary>The case as <paramref name="viewer"/> may see it: null when it does not exist or lies outside the
    /// viewer's regions.</summary>
    public async Task<CaseDetails?> GetDetailsAsync(int caseId, Actor viewer, CancellationToken ct = default) =>
        await GetDetailsAsync(caseId, await ScopeAsync(viewer, ct), ct);

    public Task<CaseDetails?> GetDetailsAsync(int caseId, CancellationToken ct = default) =>
        GetDetailsAsync(caseId, CaseScope.All, ct);

    /// <summary>What <paramref name="viewer"/> may see (for the queue's empty-state explanation too).</summary>
    public async Task<CaseScope> ScopeAsync(Actor viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CaseAccess.ScopeAsync(db, viewer, access?.Value, ct);
    }

    private async Task<CaseDetails?> GetDetailsAsync(int caseId, CaseScope scope, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var english = IsEnglish();
        var found = await scope.Apply(db.Cases.AsNoTracking())
            .Where(c => c.Id == caseId)
            .Select(c => new
            {
                Case = c,
                RegencyName = c.HomeRegency!.Name,
                CountryName = c.DestinationCountry == null ? null
                    : english ? c.DestinationCountry.NameEn : c.DestinationCountry.NameId,
                OfficerName = c.AssignedOfficer == null ? null : c.AssignedOfficer.DisplayName,
                LinkedReference = db.Cases.Where(l => l.Id == c.LinkedCaseId).Select(l => l.ReferenceNumber)
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var timeline = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == caseId)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Select(e => new TimelineEntry(e.Id, e.Type, e.AtUtc, e.ActorName, e.FromStatus, e.ToStatus, e.Trigger,
                e.Note, e.Data))
            .ToListAsync(ct);
        var waits = await db.CaseWaits.AsNoTracking().Where(w => w.CaseId == caseId).ToListAsync(ct);
        var c = found.Case;
        ServiceLevelClock? serviceLevel = null;
        if (c.IsOpen)
        {
            var entered = timeline.Where(e => e.Type == CaseEventType.Transition && e.ToStatus == c.Status)
                .Select(e => (DateTime?)e.AtUtc).Max();
            var facts = new ClockFacts(c.Kind, c.Status, c.CreatedAtUtc, entered, c.IdentityVerifiedAtUtc,
                [.. waits.Select(w => new WaitPeriod(w.StartedAtUtc, w.EndedAtUtc))]);
            serviceLevel = ServiceLevelClock.Compute(facts, await WorkingCalendar.LoadAsync(db, ct),
                serviceLevels?.Value ?? new ServiceLevelOptions(), OfficeTime.Today(clock ?? TimeProvider.System));
        }

        // Identifiers leave the query masked for every role; "show" (RecordPersonalDataView) returns them in full.
        return new CaseDetails(PersonalDataAccess.Masked(c), found.RegencyName, found.CountryName, found.OfficerName,
            found.LinkedReference, timeline, serviceLevel, waits.SingleOrDefault(w => w.EndedAtUtc is null));
    }

    public async Task<IReadOnlyList<Option>> GetRegenciesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var regencies = await db.Regencies.AsNoTracking().Select(r => new Option(r.Code, r.Name)).ToListAsync(ct);
        return Sorted(regencies);
    }

    /// <summary>Destination countries with names in the current UI language.</summary>
    public async Task<IReadOnlyList<Option>> GetCountriesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var english = IsEnglish();
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new Option(c.Code, english ? c.NameEn : c.NameId))
            .ToListAsync(ct);
        return Sorted(countries);
    }

    /// <summary>Users who can be assigned cases (id, display name): enabled accounts in
    /// <see cref="AssignableRoles"/>.</summary>
    public async Task<IReadOnlyList<Option>> GetOfficersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await Assignable(db).AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.LockoutEnd })
            .ToListAsync(ct);
        return Sorted([.. users.Where(u => !UserAdmin.IsDisabled(u.LockoutEnd)).Select(u => new Option(u.Id, u.DisplayName))]);
    }

    /// <summary>Users in <see cref="AssignableRoles"/>, disabled ones included: SQLite cannot compare the
    /// <see cref="AppUser.LockoutEnd"/> offsets, so callers drop those with <see cref="UserAdmin.IsDisabled"/>.</summary>
    internal static IQueryable<AppUser> Assignable(CaseDeskDb db)
    {
        var roles = AssignableRoles.ToList();
        var roleIds = db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
        var holders = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return db.Users.Where(u => holders.Contains(u.Id));
    }

    /// <summary>The queue's filter as a database query; shared by the queue, the exports and the dashboard's
    /// drill-down so "the same filter" always means the same rows.</summary>
    /// <remarks>Due dates are stored on the case (see <see cref="Case.DueOn"/>): plain indexed comparisons, no clock
    /// computed per row.</remarks>
    public static IQueryable<Case> Apply(IQueryable<Case> query, CaseQueueFilter filter, DateOnly today,
        WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(calendar);
        query = filter.Scope?.Apply(query) ?? query;
        query = Filter(query, filter);
        if (filter.Due is DueFilter.Overdue)
        {
            query = query.Where(c => c.DueOn != null && c.DueOn < today);
        }
        else if (filter.Due is DueFilter.Soon)
        {
            var limit = calendar.AddWorkingDays(today, SoonWorkingDays);
            query = query.Where(c => c.DueOn != null && c.DueOn >= today && c.DueOn <= limit);
        }

        return query;
    }

    /// <summary>The first UTC instant of an office date (WITA).</summary>
    public static DateTime StartOfOfficeDayUtc(DateOnly date) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - OfficeTime.Offset, DateTimeKind.Utc);

    private static IQueryable<Case> Filter(IQueryable<Case> query, CaseQueueFilter filter)
    {
        if (filter.Sector is { } sector)
        {
            query = query.Where(c => c.Sector == sector);
        }

        if (!string.IsNullOrWhiteSpace(filter.CountryCode))
        {
            var country = filter.CountryCode.Trim();
            query = query.Where(c => c.DestinationCountryCode == country);
        }

        if (filter.CreatedFrom is { } createdFrom)
        {
            var fromUtc = StartOfOfficeDayUtc(createdFrom);
            query = query.Where(c => c.CreatedAtUtc >= fromUtc);
        }

        if (filter.CreatedTo is { } createdTo)
        {
            var toUtc = StartOfOfficeDayUtc(createdTo.AddDays(1));
            query = query.Where(c => c.CreatedAtUtc < toUtc);
        }

        if (filter.ClosedFrom is { } closedFrom)
        {
            var fromUtc = StartOfOfficeDayUtc(closedFrom);
            query = query.Where(c => c.ClosedAtUtc != null && c.ClosedAtUtc >= fromUtc);
        }

        if (filter.ClosedTo is { } closedTo)
        {
            var toUtc = StartOfOfficeDayUtc(closedTo.AddDays(1));
            query = query.Where(c => c.ClosedAtUtc != null && c.ClosedAtUtc < toUtc);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.Urgency is { } urgency)
        {
            query = query.Where(c => c.Urgency == urgency);
        }

        if (!string.IsNullOrWhiteSpace(filter.RegencyCode))
        {
            var regency = filter.RegencyCode.Trim();
            query = query.Where(c => c.HomeRegencyCode == regency);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(filter.AssignedToUserId))
        {
            var userId = filter.AssignedToUserId;
            query = query.Where(c => c.AssignedOfficerId == userId);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.Rejected
                && c.Status != CaseStatus.Withdrawn);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = EscapeLike(filter.Search.Trim());
            var contains = $"%{term}%";
            var prefix = $"{term}%";
            // SQLite's LIKE ignores ASCII case: "adu-2026" finds ADU-2026-000001, "wa ode" finds "Wa Ode".
            query = query.Where(c => EF.Functions.Like(c.ReferenceNumber, contains, "\\")
                || EF.Functions.Like(c.WorkerName, contains, "\\")
                || EF.Functions.Like(c.WorkerNik, prefix, "\\"));
        }

        return query;
    }

    private static IQueryable<Case> Sort(IQueryable<Case> query, QueueSort sort, bool descending)
    {
        IOrderedQueryable<Case> ordered = sort switch
        {
            QueueSort.ReferenceNumber => OrderBy(query, c => c.ReferenceNumber, descending),
            QueueSort.WorkerName => OrderBy(query, c => c.WorkerName, descending),
            QueueSort.Status => OrderBy(query, StatusOrder, descending),
            // Descending = most urgent first; within one urgency the newest case comes first.
            QueueSort.Urgency => OrderBy(query, c => c.Urgency == Urgency.Urgent ? 1 : 0, descending),
            QueueSort.Regency => OrderBy(query, c => c.HomeRegency!.Name, descending),
            _ => OrderBy(query, c => c.CreatedAtUtc, descending),
        };
        return ordered.ThenByDescending(c => c.CreatedAtUtc).ThenByDescending(c => c.Id);
    }

    private static IOrderedQueryable<Case> OrderBy<TKey>(IQueryable<Case> query, Expression<Func<Case, TKey>> key,
        bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    private static Expression<Func<Case, int>> BuildStatusOrder()
    {
        var c = Expression.Parameter(typeof(Case), "c");
        var status = Expression.Property(c, nameof(Case.Status));
        Expression body = Expression.Constant(int.MaxValue);
        foreach (var value in Enum.GetValues<CaseStatus>().Reverse())
        {
            body = Expression.Condition(Expression.Equal(status, Expression.Constant(value)),
                Expression.Constant((int)value), body);
        }

        return Expression.Lambda<Func<Case, int>>(body, c);
    }

    private static string EscapeLike(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    private static bool IsEnglish() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static List<Option> Sorted(List<Option> options)
    {
        var compare = CultureInfo.CurrentUICulture.CompareInfo;
        options.Sort((a, b) => compare.Compare(a.Name, b.Name, CompareOptions.IgnoreCase));
        return options;
    }
}
