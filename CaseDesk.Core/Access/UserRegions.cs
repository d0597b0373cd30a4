using System.Text.Json;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Access;

/// <summary>What the audit trail keeps of a change of an officer's regencies.</summary>
public sealed record UserRegionsAuditDetail(string UserId, string Email, IReadOnlyList<string> Regions,
    IReadOnlyList<string> PreviousRegions);

/// <summary>The regencies of each user (user id → regency codes) for the admin page; admins only.</summary>
public sealed class UserRegionQueries(IDbContextFactory<CaseDeskDb> dbFactory)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListAsync(Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!UserAdmin.IsAdmin(actor))
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.UserRegions.AsNoTracking().OrderBy(r => r.RegencyCode).ToListAsync(ct);
        return rows.GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.RegencyCode)]);
    }
}

/// <summary>Sets the regencies an officer works on under regional assignment (admins only, audited). An empty list
/// leaves the officer only the cases assigned to them while regional assignment is on.</summary>
public sealed class SetUserRegions(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public async Task<UserCommandResult> ExecuteAsync(string userId, IReadOnlyCollection<string> regencyCodes,
        Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(regencyCodes);
        ArgumentNullException.ThrowIfNull(actor);
        if (!UserAdmin.IsAdmin(actor))
        {
            return UserAdmin.NotAllowed;
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = await db.Users.Where(u => u.Id == userId).Select(u => new { u.Email }).SingleOrDefaultAsync(ct);
            if (user is null)
            {
                return UserAdmin.NotFound;
            }

            var wanted = regencyCodes.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal);
            var known = await db.Regencies.Where(r => wanted.Contains(r.Code)).Select(r => r.Code).ToListAsync(ct);
            if (known.Count != wanted.Count)
            {
                return new UserCommandResult(CommandOutcome.Invalid,
                    [new FieldError("Regions", CaseText.Get("Users_RegionUnknown"))]);
            }

            var current = await db.UserRegions.Where(r => r.UserId == userId).ToListAsync(ct);
            var before = current.Select(r => r.RegencyCode).Order(StringComparer.Ordinal).ToList();
            var after = wanted.Order(StringComparer.Ordinal).ToList();
            if (before.SequenceEqual(after))
            {
                return new UserCommandResult(CommandOutcome.Succeeded, [], userId);
            }

            db.UserRegions.RemoveRange(current.Where(r => !wanted.Contains(r.RegencyCode)));
            db.UserRegions.AddRange(after.Except(before).Select(code => new UserRegion
            {
                UserId = userId,
                RegencyCode = code,
            }));
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = clock.GetUtcNow().UtcDateTime,
                UserId = actor.UserId,
                UserName = actor.DisplayName,
                Action = AuditAction.UserRegionsChanged,
                Detail = JsonSerializer.Serialize(new UserRegionsAuditDetail(userId, user.Email ?? "", after, before),
                    JsonSerializerOptions.Web),
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new UserCommandResult(CommandOutcome.Succeeded, [], userId);
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return new UserCommandResult(CommandOutcome.Conflict, [new FieldError("", CaseText.Get("Users_Busy"))]);
        }
    }
}
