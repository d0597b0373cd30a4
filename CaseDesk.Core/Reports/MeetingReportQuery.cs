using System.Globalization;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Reference;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Reports;

/// <summary>A reporting period in office days (WITA), both ends included.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public DateTime FromUtc => ToUtc(From);

    /// <summary>The first instant after the period (midnight WITA after <see cref="To"/>), exclusive.</summary>
    public DateTime EndUtc => ToUtc(To.AddDays(1));

    private static DateTime ToUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - OfficeTime.Offset, DateTimeKind.Utc);
}

/// <summary>One bar of a breakdown: the key (an enum name, a regency or country code, or a bucket name) and a count.</summary>
public sealed record CountRow(string Key, string Label, int Count);

public sealed record OutcomeSummary(int Agreements, int MediationFailures, int Referrals, int Rejected, int Withdrawn,
    int Closed, long MoneyRecovered);

/// <summary>A case in the meeting report's list: personal data kept minimal (initials, no NIK or passport).</summary>
public sealed record MeetingCaseRow(string ReferenceNumber, CaseKind Kind, string WorkerInitials, Sex WorkerSex,
    string RegencyName, string? CountryName, ComplaintCategory Category, Sector Sector, bool NonProcedural,
    CaseStatus Status, DateTime CreatedAtUtc, long? SettlementAmount);

public sealed record MeetingReportData(
    ReportPeriod Period,
    string? RegencyCode,
    string? RegencyName,
    int Received,
    int ClosedInPeriod,
    int OpenNow,
    OutcomeSummary Outcomes,
    IReadOnlyList<CountRow> ByRegency,
    IReadOnlyList<CountRow> ByKind,
    IReadOnlyList<CountRow> ByCategory,
    IReadOnlyList<CountRow> ByCountry,
    IReadOnlyList<CountRow> BySector,
    IReadOnlyList<CountRow> ByDeparture,
    IReadOnlyList<CountRow> ByStatus,
    IReadOnlyList<CountRow> OpenAgeing,
    IReadOnlyList<MeetingCaseRow> Cases);

/// <summary>
/// The figures of the coordination-meeting report (Laporan Rapat Koordinasi): cases received in the period (optionally
/// from one regency) broken down in the database with GROUP BY — never by loading every case — plus the open cases'
/// ageing at the end of the period and one minimal row per case received.
/// </summary>
public sealed class MeetingReportQuery(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    // Reports go to provincial and district meetings: their labels are Indonesian whatever the screen's language.
    private static readonly CultureInfo Id = CaseText.RecordCulture;

    /// <summary>Ageing buckets of open cases, in days since registration at the end of the period.</summary>
    public static readonly IReadOnlyList<(string Key, int MinDays, int? MaxDays)> AgeBuckets =
        [("0-30", 0, 30), ("31-60", 31, 60), ("61-90", 61, 90), (">90", 91, null)];

    public Task<MeetingReportData> GetAsync(ReportPeriod period, string? regencyCode, CancellationToken ct = default) =>
        GetAsync(period, regencyCode, Access.CaseScope.All, ct);

    /// <summary>The report over the cases <paramref name="access"/> allows (an officer under regional assignment
    /// reports on their own regions).</summary>
    public async Task<MeetingReportData> GetAsync(ReportPeriod period, string? regencyCode, Access.CaseScope access,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var regencies = await db.Regencies.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct);
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.NameId, ct);

        var scope = access.Apply(db.Cases.AsNoTracking());
        if (regencyCode is not null)
        {
            scope = scope.Where(c => c.HomeRegencyCode == regencyCode);
        }

        var (from, end) = (period.FromUtc, period.EndUtc);
        var received = scope.Where(c => c.CreatedAtUtc >= from && c.CreatedAtUtc < end);

        var byRegency = await Breakdown.CountAsync(received.GroupBy(c => c.HomeRegencyCode)
            .Select(g => new KeyCount(g.Key, g.Count())), ct);
        var byKind = await Breakdown.CountAsync(received.GroupBy(c => c.Kind).Select(g => new KeyCount(g.Key.ToString(), g.Count())), ct);
        var byCategory = await Breakdown.CountAsync(received.GroupBy(c => c.Category)
            .Select(g => new KeyCount(g.Key.ToString(), g.Count())), ct);
        var byCountry = await Breakdown.CountAsync(received.GroupBy(c => c.DestinationCountryCode)
            .Select(g => new KeyCount(g.Key ?? "", g.Count())), ct);
        var bySector = await Breakdown.CountAsync(received.GroupBy(c => c.Sector)
            .Select(g => new KeyCount(g.Key.ToString(), g.Count())), ct);
        var byDeparture = await Breakdown.CountAsync(received.GroupBy(c => c.NonProcedural)
            .Select(g => new KeyCount(g.Key ? "NonProcedural" : "Procedural", g.Count())), ct);
        var byStatus = await Breakdown.CountAsync(received.GroupBy(c => c.Status)
            .Select(g => new KeyCount(g.Key.ToString(), g.Count())), ct);

        var outcomes = await received.GroupBy(_ => 1).Select(g => new
        {
            Agreements = g.Count(c => c.MediationOutcome == MediationOutcome.Agreement),
            Failures = g.Count(c => c.MediationOutcome == MediationOutcome.Failed),
            Referrals = g.Count(c => c.ReferralTarget != null),
            Rejected = g.Count(c => c.Status == CaseStatus.Rejected),
            Withdrawn = g.Count(c => c.Status == CaseStatus.Withdrawn),
            Closed = g.Count(c => c.Status == CaseStatus.Closed),
            Money = g.Sum(c => c.MediationOutcome == MediationOutcome.Agreement ? c.SettlementAmount ?? 0 : 0),
        }).SingleOrDefaultAsync(ct);

        var closedInPeriod = await scope.CountAsync(c => c.ClosedAtUtc >= from && c.ClosedAtUtc < end, ct);

        // Open cases (as they stand now) registered before the end of the period, aged at the end of the period.
        var open = scope.Where(c => c.CreatedAtUtc < end && c.Status != CaseStatus.Closed
            && c.Status != CaseStatus.Rejected && c.Status != CaseStatus.Withdrawn);
        var openNow = await open.CountAsync(ct);
        var asOf = end < clock.GetUtcNow().UtcDateTime ? end : clock.GetUtcNow().UtcDateTime;
        var ageing = new List<CountRow>();
        foreach (var (key, minDays, maxDays) in AgeBuckets)
        {
            // Registered at most asOf - minDays ago and more than asOf - (maxDays + 1) ago.
            var newest = asOf.AddDays(-minDays);
            var bucket = open.Where(c => c.CreatedAtUtc <= newest);
            if (maxDays is { } max)
            {
                var oldest = asOf.AddDays(-(max + 1));
                bucket = bucket.Where(c => c.CreatedAtUtc > oldest);
            }

            ageing.Add(new CountRow(key, key, await bucket.CountAsync(ct)));
        }

        var rows = await received.OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.ReferenceNumber,
                c.Kind,
                c.WorkerName,
                c.WorkerSex,
                c.HomeRegencyCode,
                c.DestinationCountryCode,
                c.Category,
                c.Sector,
                c.NonProcedural,
                c.Status,
                c.CreatedAtUtc,
                c.SettlementAmount,
            })
            .ToListAsync(ct);
        var regencyNames = regencies.ToDictionary(r => r.Code, r => r.Name);

        return new MeetingReportData(
            period,
            regencyCode,
            regencyCode is null ? null : regencyNames.GetValueOrDefault(regencyCode, regencyCode),
            byKind.Values.Sum(),
            closedInPeriod,
            openNow,
            new OutcomeSummary(outcomes?.Agreements ?? 0, outcomes?.Failures ?? 0, outcomes?.Referrals ?? 0,
                outcomes?.Rejected ?? 0, outcomes?.Withdrawn ?? 0, outcomes?.Closed ?? 0, outcomes?.Money ?? 0),
            // Every regency appears, even with no case, so a district sees it was counted.
            [.. regencies.Where(r => regencyCode is null || r.Code == regencyCode)
                .Select(r => new CountRow(r.Code, r.Name, byRegency.GetValueOrDefault(r.Code)))],
            Breakdown.Labelled<CaseKind>(byKind, Id),
            Breakdown.Labelled<ComplaintCategory>(byCategory, Id),
            [.. byCountry.OrderByDescending(p => p.Value).ThenBy(p => p.Key)
                .Select(p => new CountRow(p.Key, p.Key.Length == 0 ? CaseText.Get("Report_Unknown", Id)
                    : countries.GetValueOrDefault(p.Key, p.Key), p.Value))],
            Breakdown.Labelled<Sector>(bySector, Id),
            Breakdown.Labelled(byDeparture, ["Procedural", "NonProcedural"], k => CaseText.Get($"Report_{k}", Id)),
            Breakdown.Labelled(byStatus, Enum.GetNames<CaseStatus>(), k => Workflow.WorkflowText.Status(Enum.Parse<CaseStatus>(k), Id),
                skipZero: true),
            ageing,
            [.. rows.Select(r => new MeetingCaseRow(r.ReferenceNumber, r.Kind, Initials(r.WorkerName), r.WorkerSex,
                regencyNames.GetValueOrDefault(r.HomeRegencyCode, r.HomeRegencyCode),
                r.DestinationCountryCode is null ? null : countries.GetValueOrDefault(r.DestinationCountryCode),
                r.Category, r.Sector, r.NonProcedural, r.Status, r.CreatedAtUtc, r.SettlementAmount))]);
    }

    /// <summary>"Wa Ode Sitti Marlina" → "W.O.S.M.": enough to match a case in a meeting, not to identify a person.</summary>
    public static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => char.IsLetter(part[0]))
            .Select(part => char.ToUpperInvariant(part[0]) + "."));
}
