using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Closures;

/// <summary>A pending proposal as the supervisors' list and the case page show it; <see cref="CaseVersion"/> is the
/// version a confirmation is made against.</summary>
public sealed record PendingClosure(int Id, int CaseId, string ReferenceNumber, int CaseVersion, string WorkerName,
    string RegencyName, AdministrativeClosureReason Reason, ClosureEvidence Evidence, DateTime ProposedAtUtc)
{
    public string Code => AdministrativeClosureReasons.Code(Reason);
}

/// <summary>Read side of the closure proposals. Only proposals of open cases are pending in effect: one left behind
/// by a case that ended otherwise is withdrawn by the next scan.</summary>
public sealed class ClosureQueries(IDbContextFactory<CaseDeskDb> dbFactory)
{
    public const int MaxRows = 500;

    /// <summary>Pending proposals, oldest first.</summary>
    public async Task<IReadOnlyList<PendingClosure>> GetPendingAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Project(db, Pending(db).OrderBy(p => p.ProposedAtUtc).ThenBy(p => p.Id).Take(MaxRows))
            .ToListAsync(ct);
        return [.. rows.OrderBy(p => p.ProposedAtUtc).ThenBy(p => p.Id)]; // the join need not keep the subquery's order
    }

    public async Task<int> CountPendingAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Pending(db).CountAsync(ct);
    }

    /// <summary>The case's pending proposal, if any (at most one).</summary>
    public async Task<PendingClosure?> GetPendingForCaseAsync(int caseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Project(db, Pending(db).Where(p => p.CaseId == caseId)).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<ClosureProposal> Pending(CaseDeskDb db) =>
        db.ClosureProposals.AsNoTracking()
            .Where(p => p.Status == ClosureProposalStatus.Pending
                && db.Cases.Any(c => c.Id == p.CaseId && c.Status != CaseStatus.Closed
                    && c.Status != CaseStatus.Rejected && c.Status != CaseStatus.Withdrawn));

    private static IQueryable<PendingClosure> Project(CaseDeskDb db, IQueryable<ClosureProposal> proposals) =>
        from p in proposals
        join c in db.Cases on p.CaseId equals c.Id
        select new PendingClosure(p.Id, c.Id, c.ReferenceNumber, c.Version, c.WorkerName, c.HomeRegency!.Name, p.Reason,
            new ClosureEvidence(p.Reason, p.ConditionStartedAtUtc, p.DayCount, p.ReferralTarget), p.ProposedAtUtc);
}
