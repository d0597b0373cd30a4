using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Approvals;

/// <summary>A pending request as the approval queue and the case page show it; <see cref="CaseVersion"/> is the
/// version a decision is made against.</summary>
public sealed record PendingApproval(int Id, int CaseId, string ReferenceNumber, int CaseVersion, CaseKind CaseKind,
    CaseStatus CaseStatus, string WorkerName, CaseTrigger Trigger, string RequestedById, string RequestedByName,
    DateTime RequestedAtUtc, string? Note);

/// <summary>Read side of the approval requests.</summary>
public sealed class ApprovalQueries(IDbContextFactory<CaseDeskDb> dbFactory)
{
    public const int MaxRows = 500;

    /// <summary>Pending requests, oldest first.</summary>
    public async Task<IReadOnlyList<PendingApproval>> GetPendingAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Project(db, Pending(db).OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id).Take(MaxRows))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id)]; // the join need not keep the order
    }

    public async Task<int> CountPendingAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Pending(db).CountAsync(ct);
    }

    /// <summary>The case's pending request, if any (at most one).</summary>
    public async Task<PendingApproval?> GetPendingForCaseAsync(int caseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Project(db, Pending(db).Where(r => r.CaseId == caseId)).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<ApprovalRequest> Pending(CaseDeskDb db) =>
        db.ApprovalRequests.AsNoTracking().Where(r => r.Status == ApprovalStatus.Pending);

    private static IQueryable<PendingApproval> Project(CaseDeskDb db, IQueryable<ApprovalRequest> requests) =>
        from r in requests
        join c in db.Cases on r.CaseId equals c.Id
        select new PendingApproval(r.Id, c.Id, c.ReferenceNumber, c.Version, c.Kind, c.Status, c.WorkerName, r.Trigger,
            r.RequestedById, r.RequestedByName, r.RequestedAtUtc, r.Note);
}
