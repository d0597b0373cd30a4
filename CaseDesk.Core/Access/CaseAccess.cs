using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Access;

/// <summary>
/// The cases one actor may see and act on. <see cref="Everything"/> unless regional assignment is on and the actor is
/// not a supervisor; then the cases whose home regency is one of <see cref="RegencyCodes"/> or that are assigned to
/// <see cref="UserId"/>.
/// </summary>
public sealed record CaseScope(bool Everything, string? UserId, IReadOnlyList<string> RegencyCodes)
{
    public static CaseScope All { get; } = new(true, null, []);

    /// <summary>Restricted with no regency: only the cases assigned to the user (the queue explains why).</summary>
    public bool AssignedOnly => !Everything && RegencyCodes.Count == 0;

    public IQueryable<Case> Apply(IQueryable<Case> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (Everything)
        {
            return cases;
        }

        var userId = UserId;
        var codes = RegencyCodes.ToList();
        return cases.Where(c => c.AssignedOfficerId == userId || codes.Contains(c.HomeRegencyCode));
    }
}

/// <summary>
/// The one access rule for cases, used by the queue, the case page, every case action, the PDF and export endpoints
/// and the duplicate check. A case outside an actor's scope is reported as not found, never as forbidden, so its
/// existence is not revealed.
/// </summary>
/// <remarks>Without <paramref name="options"/> (tests, tools) regional assignment is off.</remarks>
public sealed class CaseAccess(IDbContextFactory<CaseDeskDb> dbFactory, IOptions<AccessOptions>? options = null)
{
    public bool RegionalAssignment => options?.Value.RegionalAssignment == true;

    public async Task<CaseScope> ScopeAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!RegionalAssignment || actor.IsSupervisor)
        {
            return CaseScope.All;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ScopeAsync(db, actor, options?.Value, ct);
    }

    /// <summary>Whether the case exists and <paramref name="actor"/> may see it.</summary>
    public async Task<bool> CanSeeAsync(int caseId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CanSeeAsync(db, caseId, actor, options?.Value, ct);
    }

    /// <summary>The scope within an action's own context (and transaction).</summary>
    public static async Task<CaseScope> ScopeAsync(CaseDeskDb db, Actor actor, AccessOptions? options,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        if (options is not { RegionalAssignment: true } || actor.IsSupervisor)
        {
            return CaseScope.All;
        }

        var codes = await db.UserRegions.AsNoTracking().Where(r => r.UserId == actor.UserId)
            .Select(r => r.RegencyCode).ToListAsync(ct);
        return new CaseScope(false, actor.UserId, codes);
    }

    public static async Task<bool> CanSeeAsync(CaseDeskDb db, int caseId, Actor actor, AccessOptions? options,
        CancellationToken ct)
    {
        var scope = await ScopeAsync(db, actor, options, ct);
        return await scope.Apply(db.Cases.AsNoTracking().Where(c => c.Id == caseId)).AnyAsync(ct);
    }
}
