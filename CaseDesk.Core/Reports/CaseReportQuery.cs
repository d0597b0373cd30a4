using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Reports;

/// <summary>
/// One case for its printed report: a detached snapshot of the entity, the Indonesian names it refers to (whatever
/// the screen language of whoever prints it) and the whole timeline, oldest first.
/// </summary>
public sealed record CaseReportData(Case Case, string RegencyName, string? CountryName, string? EmployerCountryName,
    string? AssignedOfficerName, string? IdentityVerifiedByName, string? LinkedCaseReference,
    IReadOnlyList<TimelineEntry> Timeline);

public sealed class CaseReportQuery(IDbContextFactory<CaseDeskDb> dbFactory)
{
    /// <summary>The case, or <c>null</c> when there is none with this id.</summary>
    public Task<CaseReportData?> GetAsync(int caseId, CancellationToken ct = default) =>
        GetAsync(caseId, Access.CaseScope.All, ct);

    /// <summary>The case, or <c>null</c> when there is none with this id within <paramref name="access"/>.</summary>
    public async Task<CaseReportData?> GetAsync(int caseId, Access.CaseScope access, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await access.Apply(db.Cases.AsNoTracking())
            .Where(c => c.Id == caseId)
            .Select(c => new
            {
                Case = c,
                RegencyName = c.HomeRegency!.Name,
                CountryName = c.DestinationCountry == null ? null : c.DestinationCountry.NameId,
                EmployerCountryName = db.Countries.Where(x => x.Code == c.EmployerCountryCode).Select(x => x.NameId)
                    .FirstOrDefault(),
                OfficerName = c.AssignedOfficer == null ? null : c.AssignedOfficer.DisplayName,
                VerifiedByName = db.Users.Where(u => u.Id == c.IdentityVerifiedById).Select(u => u.DisplayName)
                    .FirstOrDefault(),
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
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new TimelineEntry(e.Id, e.Type, e.AtUtc, e.ActorName, e.FromStatus, e.ToStatus, e.Trigger,
                e.Note, e.Data))
            .ToListAsync(ct);
        return new CaseReportData(found.Case, found.RegencyName, found.CountryName, found.EmployerCountryName,
            found.OfficerName, found.VerifiedByName, found.LinkedReference, timeline);
    }
}
