using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.ServiceLevels;

public sealed class HolidayActionsTests
{
    private static readonly Actor Admin = new("admin-1", "Admin Satu", new HashSet<string> { Roles.Admin });

    // Intake on Monday 23 November 2026 (WITA): verification due three working days later, Thursday the 26th.
    private static readonly DateTime MondayMorningUtc = new(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task SaveHoliday_NewWeekdayHoliday_AddsItAndMovesOpenCasesDueDates()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (save, _, clock) = Actions(testDb);
        var c = await InsertIntakeAsync(testDb, clock);
        Assert.Equal(new DateOnly(2026, 11, 26), (await testDb.LoadAsync(c.Id)).DueOn);

        var result = await save.ExecuteAsync(null, new HolidayInput(new DateOnly(2026, 11, 25), " Hari Guru (contoh) ", false),
            Admin);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.CasesRescheduled);
        Assert.Equal(new DateOnly(2026, 11, 27), (await testDb.LoadAsync(c.Id)).DueOn);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var saved = await db.Holidays.SingleAsync(h => h.Date == new DateOnly(2026, 11, 25));
        Assert.Equal("Hari Guru (contoh)", saved.Name);
        Assert.False(saved.IsCollectiveLeave);
    }

    [Fact]
    public async Task DeleteHoliday_RemovesItAndMovesDueDatesBack()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (save, delete, clock) = Actions(testDb);
        var c = await InsertIntakeAsync(testDb, clock);
        await save.ExecuteAsync(null, new HolidayInput(new DateOnly(2026, 11, 24), "Cuti bersama (contoh)", true), Admin);
        Assert.Equal(new DateOnly(2026, 11, 27), (await testDb.LoadAsync(c.Id)).DueOn);

        var result = await delete.ExecuteAsync(new DateOnly(2026, 11, 24), Admin);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.CasesRescheduled);
        Assert.Equal(new DateOnly(2026, 11, 26), (await testDb.LoadAsync(c.Id)).DueOn);
        Assert.Equal(CommandOutcome.NotFound, (await delete.ExecuteAsync(new DateOnly(2026, 11, 24), Admin)).Outcome);
    }

    [Fact]
    public async Task SaveHoliday_MovedToAnotherDate_ReplacesTheOldRow()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (save, _, _) = Actions(testDb);
        var seeded = new DateOnly(2026, 12, 24);

        var result = await save.ExecuteAsync(seeded, new HolidayInput(new DateOnly(2026, 12, 28), "Cuti bersama Natal", true),
            Admin);

        Assert.True(result.Succeeded);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.False(await db.Holidays.AnyAsync(h => h.Date == seeded));
        Assert.True(await db.Holidays.AnyAsync(h => h.Date == new DateOnly(2026, 12, 28) && h.IsCollectiveLeave));
    }

    [Fact]
    public async Task SaveHoliday_InvalidInput_IsRefusedWithIndonesianMessages()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (save, _, _) = Actions(testDb);

        var noDate = await save.ExecuteAsync(null, new HolidayInput(null, "Libur", false), Admin);
        var noName = await save.ExecuteAsync(null, new HolidayInput(new DateOnly(2026, 11, 25), "  ", false), Admin);
        var taken = await save.ExecuteAsync(null, new HolidayInput(new DateOnly(2026, 12, 25), "Natal lagi", false), Admin);
        var tooLong = await save.ExecuteAsync(null,
            new HolidayInput(new DateOnly(2026, 11, 25), new string('x', SaveHoliday.NameMaxLength + 1), false), Admin);

        Assert.Equal("Tanggal hari libur wajib diisi.", Assert.Single(noDate.Errors).Message);
        Assert.Equal("Nama hari libur wajib diisi.", Assert.Single(noName.Errors).Message);
        Assert.Equal("Tanggal 25 Desember 2026 sudah ada di daftar hari libur.", Assert.Single(taken.Errors).Message);
        Assert.Equal(nameof(HolidayInput.Name), Assert.Single(tooLong.Errors).Field);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal("Kelahiran Yesus Kristus", (await db.Holidays.SingleAsync(h => h.Date == new DateOnly(2026, 12, 25))).Name);
    }

    [Fact]
    public async Task HolidayActions_NonAdmin_AreNotAllowed()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (save, delete, _) = Actions(testDb);

        var saved = await save.ExecuteAsync(null, new HolidayInput(new DateOnly(2026, 11, 25), "Libur", false),
            WorkflowFixtures.Supervisor);
        var deleted = await delete.ExecuteAsync(new DateOnly(2026, 12, 25), WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.NotAllowed, saved.Outcome);
        Assert.Equal(CommandOutcome.NotAllowed, deleted.Outcome);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.False(await db.Holidays.AnyAsync(h => h.Date == new DateOnly(2026, 11, 25)));
        Assert.True(await db.Holidays.AnyAsync(h => h.Date == new DateOnly(2026, 12, 25)));
    }

    [Fact]
    public async Task HolidayQueries_Year_ListsThatYearInDateOrder()
    {
        await using var testDb = await TestDb.CreateAsync();
        var queries = new HolidayQueries(testDb.Factory);

        var rows = await queries.GetYearAsync(2026);
        var years = await queries.GetYearsAsync();

        Assert.Equal(25, rows.Count);
        Assert.Equal(rows.OrderBy(r => r.Date).Select(r => r.Date), rows.Select(r => r.Date));
        Assert.Equal(8, rows.Count(r => r.IsCollectiveLeave));
        Assert.Contains(rows, r => r.Date == new DateOnly(2026, 3, 22) && r.OnWeekend);
        Assert.Equal([2026, 2027], years);
    }

    private static (SaveHoliday, DeleteHoliday, TestClock) Actions(TestDb testDb)
    {
        var clock = new TestClock(new DateTimeOffset(MondayMorningUtc));
        var recompute = new RecomputeDueDates(testDb.Factory, clock);
        return (new SaveHoliday(testDb.Factory, recompute), new DeleteHoliday(testDb.Factory, recompute), clock);
    }

    private static async Task<Case> InsertIntakeAsync(TestDb testDb, TestClock clock)
    {
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Intake);
        c.CreatedAtUtc = MondayMorningUtc;
        await testDb.InsertAsync(c);
        await new RecomputeDueDates(testDb.Factory, clock).ExecuteAsync();
        return c;
    }
}
