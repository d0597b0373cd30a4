using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Data;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies pending migrations and, on SQLite, switches the file to write-ahead logging (a persistent setting of
    /// the database file) so readers never block the single writer.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<CaseDeskDb> dbFactory, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite())
        {
            var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
        }

        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
