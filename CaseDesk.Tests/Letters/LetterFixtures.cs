using CaseDesk.Core.Data;
using CaseDesk.Core.Letters;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Letters;

/// <summary>Letter actions over a test database, with the default (placeholder) office configuration.</summary>
internal static class LetterFixtures
{
    /// <summary>The TestClock's default day (23 November 2026, WITA): numbers end in "/XI/2026".</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static IOptions<LetterOptions> Options(LetterOptions? options = null) =>
        Microsoft.Extensions.Options.Options.Create(options ?? new LetterOptions());

    public static IssueLetter Issue(this TestDb testDb, TimeProvider? clock = null) =>
        new(testDb.Factory, clock ?? new TestClock(), Options());

    public static CancelLetter Cancel(this TestDb testDb, TimeProvider? clock = null) =>
        new(testDb.Factory, clock ?? new TestClock());

    public static LetterQueries Queries(this TestDb testDb) => new(testDb.Factory);

    /// <summary>A meeting a week after the TestClock's day.</summary>
    public static LetterDetails Meeting { get; } = new()
    {
        MeetingDate = new DateOnly(2026, 11, 30),
        MeetingTime = new TimeOnly(9, 0),
        MeetingPlace = "Ruang Mediasi BP3MI Sulawesi Tenggara, Kendari",
        CarbonCopies = ["Menteri P2MI di Jakarta", "Kepala Dinas Tenaga Kerja Kabupaten Buton Tengah"],
    };

    public static async Task<IReadOnlyList<Letter>> LettersAsync(this TestDb testDb)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await db.Letters.AsNoTracking().OrderBy(l => l.Id).ToListAsync();
    }

    public static async Task<IReadOnlyList<LetterCounter>> CountersAsync(this TestDb testDb)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await db.LetterCounters.AsNoTracking().OrderBy(c => c.Year).ToListAsync();
    }

    public static async Task ExecuteAsync(this TestDb testDb, Func<CaseDeskDb, Task> action)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        await action(db);
        await db.SaveChangesAsync();
    }
}
