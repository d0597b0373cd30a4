using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Letters;

/// <summary>A line of a case's letter register; <see cref="TypeLabel"/> is in the current UI culture.</summary>
public sealed record LetterListItem(int Id, string Number, LetterType Type, string TypeLabel, DateOnly IssuedDate,
    DateTime IssuedAtUtc, string IssuedByName, bool IsCancelled, DateTime? CancelledAtUtc, string? CancelledByName,
    string? CancelReason);

/// <summary>An issued letter (detached, read-only) and the snapshot it is rendered from.</summary>
public sealed record IssuedLetter(Letter Letter, LetterSnapshot Snapshot);

public sealed class LetterQueries(IDbContextFactory<CaseDeskDb> dbFactory)
{
    /// <summary>The letters of a case, newest first, cancelled ones included.</summary>
    public async Task<IReadOnlyList<LetterListItem>> ListForCaseAsync(int caseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var letters = await db.Letters.AsNoTracking()
            .Where(l => l.CaseId == caseId)
            .OrderByDescending(l => l.IssuedAtUtc).ThenByDescending(l => l.Id)
            .Select(l => new
            {
                l.Id,
                l.Number,
                l.Type,
                l.IssuedAtUtc,
                l.IssuedByName,
                l.CancelledAtUtc,
                l.CancelledByName,
                l.CancelReason,
            })
            .ToListAsync(ct);
        return letters.Select(l => new LetterListItem(l.Id, l.Number, l.Type, LetterText.Label(l.Type),
                Cases.OfficeTime.DateOf(l.IssuedAtUtc), l.IssuedAtUtc, l.IssuedByName, l.CancelledAtUtc is not null,
                l.CancelledAtUtc, l.CancelledByName, l.CancelReason))
            .ToList();
    }

    /// <summary>A letter with its snapshot, or null when there is no such letter.</summary>
    public async Task<IssuedLetter?> GetAsync(int letterId, CancellationToken ct = default) =>
        await FindAsync(l => l.Id == letterId, ct);

    /// <summary>A letter of the given case (as a download URL <c>/cases/{caseId}/letters/{letterId}.pdf</c> names
    /// it); null when the letter does not exist or belongs to another case.</summary>
    public async Task<IssuedLetter?> GetForCaseAsync(int caseId, int letterId, CancellationToken ct = default) =>
        await FindAsync(l => l.Id == letterId && l.CaseId == caseId, ct);

    private async Task<IssuedLetter?> FindAsync(System.Linq.Expressions.Expression<Func<Letter, bool>> predicate,
        CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var letter = await db.Letters.AsNoTracking().SingleOrDefaultAsync(predicate, ct);
        return letter is null ? null : new IssuedLetter(letter, LetterSnapshot.FromJson(letter.Snapshot));
    }
}
