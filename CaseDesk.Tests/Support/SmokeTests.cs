using CaseDesk.Core.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Support;

public sealed class DatabaseTests
{
    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase_SeedReferenceData()
    {
        await using var testDb = await TestDb.CreateAsync();
        await using var db = await testDb.Factory.CreateDbContextAsync();

        Assert.Equal(17, await db.Regencies.CountAsync());
        Assert.Contains(await db.Regencies.Select(r => r.Code).ToListAsync(), c => c == "7414");
        Assert.Equal(Enum.GetValues<ComplaintCategory>().Length, await db.Categories.CountAsync());
        Assert.True(await db.Countries.CountAsync() >= 20);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Database_UsesWriteAheadLogging()
    {
        await using var testDb = await TestDb.CreateAsync();
        await using var db = await testDb.Factory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
