using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Consents;

/// <summary>One consent record as the case page shows it.</summary>
public sealed record ConsentEntry(long Id, ConsentPurpose Purpose, ConsentDecision Decision, ConsentMethod Method,
    DateOnly DecidedOn, string RecordedByName, DateTime RecordedAtUtc, string? Note);

/// <summary>A case's consent history, newest first; the current state of a purpose is its latest record.</summary>
public sealed record CaseConsents(IReadOnlyList<ConsentEntry> History)
{
    public static CaseConsents None { get; } = new([]);

    /// <summary>The latest record of <paramref name="purpose"/>, or null when none was ever recorded.</summary>
    public ConsentEntry? Current(ConsentPurpose purpose) => History.FirstOrDefault(e => e.Purpose == purpose);

    public bool IsGiven(ConsentPurpose purpose) => Current(purpose)?.Decision == ConsentDecision.Given;

    /// <summary>The withdrawal of the processing consent, if that is the current state (the office must decide).</summary>
    public ConsentEntry? ProcessingWithdrawn =>
        Current(ConsentPurpose.Processing) is { Decision: ConsentDecision.Withdrawn } withdrawn ? withdrawn : null;
}

public sealed class ConsentQueries(IDbContextFactory<CaseDeskDb> dbFactory)
{
    public async Task<CaseConsents> ForCaseAsync(int caseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoadAsync(db, caseId, ct);
    }

    /// <summary>Reads inside the caller's context (and transaction), so a check sees what the step will commit on.</summary>
    internal static async Task<CaseConsents> LoadAsync(CaseDeskDb db, int caseId, CancellationToken ct)
    {
        var history = await db.ConsentRecords.AsNoTracking()
            .Where(r => r.CaseId == caseId)
            .OrderByDescending(r => r.Id)
            .Select(r => new ConsentEntry(r.Id, r.Purpose, r.Decision, r.Method, r.DecidedOn, r.RecordedByName,
                r.RecordedAtUtc, r.Note))
            .ToListAsync(ct);
        return new CaseConsents(history);
    }
}
