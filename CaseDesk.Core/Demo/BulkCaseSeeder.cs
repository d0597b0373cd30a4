using System.Data.Common;
using System.Diagnostics;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Letters;
using CaseDesk.Core.ServiceLevels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Demo;

/// <param name="Cases">How many cases to add.</param>
/// <param name="Seed">The random seed: the same seed on an empty database gives the same cases.</param>
/// <param name="Years">How far back registrations go (more cases in recent months).</param>
/// <param name="BatchSize">Cases per transaction.</param>
/// <param name="DeferIndexes">Drop the indexes of the written tables during the load and rebuild them after; null
/// decides by size (large loads next to what the tables hold).</param>
public sealed record BulkSeedOptions(int Cases, int Seed = 20_261_123, int Years = 3, int BatchSize = 5_000,
    bool? DeferIndexes = null);

/// <param name="Generating">Of <paramref name="Elapsed"/>, the time spent building the histories in memory.</param>
public sealed record BulkSeedResult(int Cases, int Events, int Letters, int Officers, TimeSpan Elapsed, TimeSpan Generating);

/// <summary>
/// Fills a database with many realistic cases fast, for load tests and benchmarks: histories are generated in memory
/// (<see cref="BulkCaseGenerator"/>, steps the real workflow permits) and written with prepared ADO.NET commands, one
/// transaction per batch, with synchronous writes off for the duration of the load. Not for production data: no audit
/// entries are written, as no person made these changes.
/// </summary>
public sealed class BulkCaseSeeder(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<LetterOptions>? letterOptions = null, IOptions<ServiceLevelOptions>? serviceLevels = null)
{
    public const int OfficerCount = 24;

    public async Task<BulkSeedResult> ExecuteAsync(BulkSeedOptions options, IProgress<int>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Cases);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        var rng = new Random(options.Seed);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (officers, supervisor) = await EnsureStaffAsync(db, ct);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var regencies = await db.Regencies.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.NameId, ct);
        var generator = new BulkCaseGenerator(rng, now, officers, supervisor, letterOptions?.Value ?? new LetterOptions(),
            serviceLevels?.Value ?? new ServiceLevelOptions(), calendar, code => regencies.GetValueOrDefault(code, code),
            code => code is null ? null : countries.GetValueOrDefault(code, code));
        generator.StartSequences(await db.ReferenceCounters.AsNoTracking().ToListAsync(ct),
            await db.LetterCounters.AsNoTracking().ToListAsync(ct));
        var nextId = (await db.Cases.MaxAsync(c => (int?)c.Id, ct) ?? 0) + 1;

        // Registration moments in order, so reference numbers follow the calendar like the app's.
        var start = now.AddYears(-options.Years);
        var span = now - start;
        var moments = new DateTime[options.Cases];
        for (var i = 0; i < moments.Length; i++)
        {
            moments[i] = start + (span * Math.Sqrt(rng.NextDouble()));
        }

        Array.Sort(moments);

        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        await ExecuteAsync(connection, null, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;", ct);
        var cases = new Table(db.Model.FindEntityType(typeof(Case))!, withKey: true);
        var events = new Table(db.Model.FindEntityType(typeof(CaseEvent))!, withKey: false);
        var letters = new Table(db.Model.FindEntityType(typeof(Letter))!, withKey: false);
        // Filling two dozen indexes row by row costs several times more than building them once from sorted data
        // afterwards; worth it when the load is large next to what the tables already hold.
        var existing = nextId - 1;
        var deferred = options.DeferIndexes ?? (options.Cases >= 10_000 && options.Cases >= existing)
            ? await SetIndexesAsideAsync(connection, ct)
            : [];
        int eventCount = 0, letterCount = 0;
        var generated = TimeSpan.Zero;
        try
        {
            for (var done = 0; done < options.Cases;)
            {
                var size = Math.Min(options.BatchSize, options.Cases - done);
                var batch = new List<GeneratedCase>(size);
                var generating = Stopwatch.StartNew();
                for (var i = 0; i < size; i++)
                {
                    batch.Add(generator.Next(nextId++, moments[done + i]));
                }

                generated += generating.Elapsed;

                await using var transaction = await connection.BeginTransactionAsync(ct);
                using (var insertCase = cases.Insert(connection, transaction))
                using (var insertEvent = events.Insert(connection, transaction))
                using (var insertLetter = letters.Insert(connection, transaction))
                {
                    foreach (var g in batch)
                    {
                        cases.Execute(insertCase, g.Case);
                        foreach (var e in g.Case.Events)
                        {
                            events.Execute(insertEvent, e);
                            eventCount++;
                        }

                        foreach (var l in g.Letters)
                        {
                            letters.Execute(insertLetter, l);
                            letterCount++;
                        }
                    }
                }

                await SaveCountersAsync(connection, transaction, generator, ct);
                await transaction.CommitAsync(ct);
                done += size;
                progress?.Report(done);
            }
        }
        finally
        {
            foreach (var index in deferred)
            {
                await ExecuteAsync(connection, null, index, CancellationToken.None);
            }

            await ExecuteAsync(connection, null, "PRAGMA synchronous = NORMAL;", CancellationToken.None);
        }

        // Fresh statistics, or the planner misjudges the indexes of a table that grew a hundredfold.
        await ExecuteAsync(connection, null, "ANALYZE;", ct);
        return new BulkSeedResult(options.Cases, eventCount, letterCount, officers.Count, watch.Elapsed, generated);
    }

    /// <summary>The officers cases are assigned to (created once, without passwords: they cannot sign in) and a
    /// supervisor for the front desk.</summary>
    private static async Task<(List<Actor> Officers, Actor Supervisor)> EnsureStaffAsync(CaseDeskDb db, CancellationToken ct)
    {
        var roles = new Dictionary<string, string>();
        foreach (var name in new[] { Roles.Officer, Roles.Supervisor })
        {
            var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == name, ct);
            if (role is null)
            {
                role = new IdentityRole(name) { NormalizedName = name.ToUpperInvariant() };
                db.Roles.Add(role);
            }

            roles[name] = role.Id;
        }

        var generator = new DemoCaseGenerator(new Random(7_401));
        var staff = new List<Actor>();
        for (var i = 1; i <= OfficerCount + 1; i++)
        {
            var email = i <= OfficerCount ? $"petugas.beban{i:D2}@casedesk.local" : "kasi.beban@casedesk.local";
            var role = i <= OfficerCount ? Roles.Officer : Roles.Supervisor;
            var name = generator.PersonName(generator.Chance(0.5) ? Sex.Female : Sex.Male, generator.Chance(0.5));
            var user = await db.Users.FirstOrDefaultAsync(u => u.Email == email, ct);
            if (user is null)
            {
                user = new AppUser
                {
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    DisplayName = name,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role] });
            }

            staff.Add(new Actor(user.Id, user.DisplayName, new HashSet<string> { role }));
        }

        await db.SaveChangesAsync(ct);
        return (staff[..OfficerCount], staff[^1]);
    }

    /// <summary>Drops the secondary indexes of the tables the load writes and returns the statements that rebuild
    /// them (unique ones too: rebuilding them checks the load kept references and letter numbers unique).</summary>
    private static async Task<List<string>> SetIndexesAsideAsync(DbConnection connection, CancellationToken ct)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                + "AND tbl_name IN ('Cases', 'CaseEvents', 'Letters')";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, null, $"DROP INDEX \"{name}\"", ct);
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    private static async Task SaveCountersAsync(DbConnection connection, DbTransaction transaction,
        BulkCaseGenerator generator, CancellationToken ct)
    {
        foreach (var ((kind, year), last) in generator.ReferenceCounters)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO ReferenceCounters (Kind, Year, LastValue) VALUES ($k, $y, $v) "
                + "ON CONFLICT (Kind, Year) DO UPDATE SET LastValue = excluded.LastValue", ct,
                ("$k", kind.ToString()), ("$y", year), ("$v", last));
        }

        foreach (var (year, last) in generator.LetterCounters)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO LetterCounters (Year, LastSequence) VALUES ($y, $v) "
                + "ON CONFLICT (Year) DO UPDATE SET LastSequence = excluded.LastSequence", ct,
                ("$y", year), ("$v", last));
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql,
        CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>An INSERT of every mapped column of an entity type, values converted the way EF Core stores them
    /// (enums as text, the provider's date formats), so columns added later are seeded without touching this.</summary>
    private sealed class Table
    {
        private readonly string _sql;
        private readonly List<(IProperty Property, Func<object, object?> Get)> _columns;

        public Table(IEntityType type, bool withKey)
        {
            var table = type.GetTableName()!;
            _columns = [.. type.GetProperties()
                .Where(p => !p.IsShadowProperty() && (withKey || !p.IsPrimaryKey()))
                .Select(p => (p, Getter(p)))];
            var names = _columns.Select(c => $"\"{c.Property.GetColumnName()}\"");
            var values = _columns.Select((_, i) => $"$p{i}");
            _sql = $"INSERT INTO \"{table}\" ({string.Join(", ", names)}) VALUES ({string.Join(", ", values)})";
        }

        public DbCommand Insert(DbConnection connection, DbTransaction transaction)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _sql;
            for (var i = 0; i < _columns.Count; i++)
            {
                var p = command.CreateParameter();
                p.ParameterName = $"$p{i}";
                command.Parameters.Add(p);
            }

            command.Prepare();
            return command;
        }

        public void Execute(DbCommand command, object entity)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                command.Parameters[i].Value = _columns[i].Get(entity) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        private static Func<object, object?> Getter(IProperty property)
        {
            var info = property.PropertyInfo!;
            var converter = property.GetTypeMapping().Converter;
            return converter is null
                ? info.GetValue
                : entity => info.GetValue(entity) is { } value ? converter.ConvertToProvider(value) : null;
        }
    }
}
