using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Support;

/// <summary>
/// A fresh SQLite database file per test, created through the real migrations (never EnsureCreated), deleted on
/// dispose. A file rather than in-memory so concurrent contexts behave as in the app (WAL, separate connections).
/// </summary>
public sealed class TestDb : IAsyncDisposable
{
    private readonly string _path;

    private TestDb(string path, IDbContextFactory<CaseDeskDb> factory)
    {
        _path = path;
        Factory = factory;
    }

    public IDbContextFactory<CaseDeskDb> Factory { get; }

    public string ConnectionString => $"Data Source={_path}";

    public static async Task<TestDb> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"casedesk-test-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<CaseDeskDb>().UseSqlite($"Data Source={path};Pooling=False").Options;
        var factory = new ContextFactory(options);
        await DatabaseInitializer.MigrateAsync(factory);
        return new TestDb(path, factory);
    }

    /// <summary>Adds a user row so cases can be assigned to it; returns the matching actor.</summary>
    public async Task<Actor> AddUserAsync(string name, params string[] roles)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var user = new AppUser { UserName = $"{name}@test.local", Email = $"{name}@test.local", DisplayName = name };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new Actor(user.Id, name, new HashSet<string>(roles));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_path + suffix);
            }
            catch (IOException)
            {
                // A leftover temp file is harmless.
            }
        }

        await Task.CompletedTask;
    }

    private sealed class ContextFactory(DbContextOptions<CaseDeskDb> options) : IDbContextFactory<CaseDeskDb>
    {
        public CaseDeskDb CreateDbContext() => new(options);
    }
}
