// The README's "Performance" figures:
//   dotnet run -c Release --project CaseDesk.Benchmarks -- <queue|dashboard|transitions|pdf|all|circuits> [--cases 100000]
//       [--db path] [--iterations 50] [--duration 120] [--writers 50]
// Each command seeds a database with the bulk seeder (or reuses --db / the default file in the temp folder when it
// already holds enough cases), warms up, then times iterations and prints Markdown tables. Nothing here asserts.
using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CaseDesk.Core;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Dashboard;
using CaseDesk.Core.Data;
using CaseDesk.Core.Demo;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Letters.Templates;
using CaseDesk.Core.Reports;
using CaseDesk.Core.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

internal static class ScaleBenchmarks
{
    private sealed record Settings(string Command, int Cases, string? Db, int Iterations, int DurationSeconds, int Writers,
        int Active = 50, int Idle = 200);

    public static async Task<int> RunAsync(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        var settings = Parse(args);
        if (settings is null)
        {
            Console.Error.WriteLine("Usage: <queue|dashboard|transitions|pdf|all|circuits> [--cases N] [--db path] "
                + "[--iterations N] [--duration seconds] [--writers N] [--active N] [--idle N]");
            return 2;
        }

        if (settings.Command == "circuits")
        {
            // Browsers against the real app in its own process; not part of "all" (it needs the Release web build).
            return await CircuitBenchmark.RunAsync(new CircuitBenchmark.Options(settings.Cases, settings.Active,
                settings.Idle, TimeSpan.FromSeconds(settings.DurationSeconds)));
        }

        Console.WriteLine($"CaseDesk scale benchmarks · {Environment.ProcessorCount} cores · .NET {Environment.Version} · "
            + $"{(IsRelease ? "Release" : "Debug")} · load average {LoadAverage()}");
        var all = settings.Command == "all";
        if (all || settings.Command == "queue")
        {
            await QueueAsync(settings);
        }

        if (all || settings.Command == "dashboard")
        {
            await DashboardAsync(settings);
        }

        if (all || settings.Command == "transitions")
        {
            await TransitionsAsync(settings);
        }

        if (all || settings.Command == "pdf")
        {
            await PdfAsync(settings);
        }

        return 0;
    }

    private static Settings? Parse(string[] args)
    {
        if (args is not [var command, ..] || command is not ("queue" or "dashboard" or "transitions" or "pdf" or "all" or "circuits"))
        {
            return null;
        }

        var s = new Settings(command, 100_000, null, 50, 120, 50);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            s = args[i] switch
            {
                "--cases" => s with { Cases = int.Parse(value, CultureInfo.InvariantCulture) },
                "--db" => s with { Db = value },
                "--iterations" => s with { Iterations = int.Parse(value, CultureInfo.InvariantCulture) },
                "--duration" => s with { DurationSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--writers" => s with { Writers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--active" => s with { Active = int.Parse(value, CultureInfo.InvariantCulture) },
                "--idle" => s with { Idle = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return s;
    }

    private static bool IsRelease =>
#if DEBUG
        false;
#else
        true;
#endif

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    // ---- database ----------------------------------------------------------------------------------------------

    private sealed class Bench(ServiceProvider provider, string connectionString) : IAsyncDisposable
    {
        public IServiceProvider Services => provider;
        public string ConnectionString => connectionString;
        public IDbContextFactory<CaseDeskDb> Factory => provider.GetRequiredService<IDbContextFactory<CaseDeskDb>>();

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            return provider.DisposeAsync();
        }
    }

    /// <summary>The database of <paramref name="cases"/> cases: reused when the file already holds that many, else
    /// (re)seeded. Seeding time is printed: it is the seeder's own benchmark.</summary>
    private static async Task<Bench> OpenAsync(Settings settings, int cases)
    {
        var path = settings.Db ?? Path.Combine(Path.GetTempPath(), $"casedesk-bench-{cases}.db");
        var connectionString = $"Data Source={path}";
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddCaseDeskCore(connectionString);
        var provider = services.BuildServiceProvider();
        var bench = new Bench(provider, connectionString);
        await DatabaseInitializer.MigrateAsync(bench.Factory);
        await using var db = await bench.Factory.CreateDbContextAsync();
        var existing = await db.Cases.CountAsync();
        if (existing < cases)
        {
            var watch = Stopwatch.StartNew();
            var result = await provider.GetRequiredService<BulkCaseSeeder>()
                .ExecuteAsync(new BulkSeedOptions(cases - existing));
            Console.WriteLine($"\nSeeded {result.Cases:N0} cases ({result.Events:N0} events, {result.Letters:N0} letters) "
                + $"into {path} in {watch.Elapsed.TotalSeconds:F1} s (generating {result.Generating.TotalSeconds:F1} s)");
        }
        else
        {
            Console.WriteLine($"\nReusing {path} ({existing:N0} cases)");
        }

        await DatabaseInitializer.OptimizeAsync(bench.Factory);
        return bench;
    }

    // ---- timing ------------------------------------------------------------------------------------------------

    /// <param name="Cpu">CPU time of the process per run: on a shared machine wall-clock time also measures the
    /// neighbours, CPU time only this work (all threads of the process, so only meaningful for one-at-a-time runs).</param>
    private sealed record Timing(string Name, List<double> Ms, List<double>? Cpu = null)
    {
        public double CpuP50 => Cpu is { Count: > 0 } ? Cpu.Order().ElementAt(Cpu.Count / 2) : double.NaN;

        public double P(double q)
        {
            var sorted = Ms.Order().ToList();
            return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }

    private static async Task<Timing> TimeAsync(string name, int iterations, Func<Task> action)
    {
        await action(); // warm-up: query compilation, page cache
        await action();
        var times = new List<double>(iterations);
        var cpu = new List<double>(iterations);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < iterations; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        return new Timing(name, times, cpu);
    }

    private static void PrintTable(string title, IReadOnlyList<Timing> timings)
    {
        Console.WriteLine($"\n{title}\n");
        Console.WriteLine("| | runs | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var total = new Timing("**all of the above**", [.. timings.SelectMany(t => t.Ms)],
            [.. timings.SelectMany(t => t.Cpu ?? [])]);
        foreach (var t in timings.Append(total))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {t.Name} | {t.Ms.Count} | {t.P(0.5):F1} | {t.P(0.95):F1} | {t.P(0.99):F1} | {t.Ms.Max():F1} | {t.CpuP50:F1} |"));
        }

        Console.WriteLine($"\nLoad average after the runs: {LoadAverage()}");
    }

    // ---- queue -------------------------------------------------------------------------------------------------

    private static async Task QueueAsync(Settings settings)
    {
        await using var bench = await OpenAsync(settings, settings.Cases);
        var queries = bench.Services.GetRequiredService<CaseQueries>();
        string officer;
        await using (var db = await bench.Factory.CreateDbContextAsync())
        {
            officer = await db.Cases.Where(c => c.AssignedOfficerId != null).GroupBy(c => c.AssignedOfficerId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key!).FirstAsync();
        }

        var page = new PageRequest(0, 50);
        (string Name, CaseQueueFilter Filter, PageRequest Page)[] cases =
        [
            ("open cases, newest first (the default queue)", new CaseQueueFilter { OpenOnly = true }, page),
            ("my open cases (busiest officer)", new CaseQueueFilter { OpenOnly = true, AssignedToUserId = officer }, page),
            ("open, Buton Tengah", new CaseQueueFilter { OpenOnly = true, RegencyCode = "7414" }, page),
            ("open, overdue", new CaseQueueFilter { OpenOnly = true, Due = DueFilter.Overdue }, page),
            ("open, urgent, by urgency", new CaseQueueFilter { OpenOnly = true, Urgency = Urgency.Urgent },
                page with { Sort = QueueSort.Urgency }),
            ("complaints in verification", new CaseQueueFilter { Kind = CaseKind.Complaint, Status = CaseStatus.Verification }, page),
            ("all cases, Malaysia, this year", new CaseQueueFilter { CountryCode = "MY", CreatedFrom = new DateOnly(DateTime.UtcNow.Year, 1, 1) }, page),
            ("all cases, by worker name, page 20", new CaseQueueFilter(), new PageRequest(20, 50, QueueSort.WorkerName, false)),
            ("search \"La Ode\"", new CaseQueueFilter { Search = "La Ode" }, page),
        ];
        var timings = new List<Timing>();
        foreach (var (name, filter, request) in cases)
        {
            var total = 0;
            var timing = await TimeAsync(name, settings.Iterations, async () => total = (await queries.GetQueueAsync(filter, request)).TotalCount);
            timings.Add(timing with { Name = $"{name} ({total:N0})" });
        }

        PrintTable($"Queue query (filter + sort + page of 50 with total count), {settings.Cases:N0} cases", timings);
    }

    // ---- dashboard ---------------------------------------------------------------------------------------------

    private static async Task DashboardAsync(Settings settings)
    {
        foreach (var size in new[] { settings.Cases })
        {
            await using var bench = await OpenAsync(settings, size);
            var query = new DashboardQuery(bench.Factory, TimeProvider.System);
            var today = OfficeTime.Today(TimeProvider.System);
            var year = new DashboardFilter(new DateOnly(today.Year, 1, 1), today, null, null, null);
            (string Name, DashboardFilter Filter)[] filters =
            [
                ("this year, whole province", year),
                ("this month, whole province", year with { From = new DateOnly(today.Year, today.Month, 1) }),
                ("this year, Buton Tengah, complaints", year with { RegencyCode = "7414", Kind = CaseKind.Complaint }),
                ("three years, individual employers", year with { From = today.AddYears(-3), Sector = Sector.IndividualEmployer }),
            ];
            var timings = new List<Timing>();
            foreach (var (name, filter) in filters)
            {
                timings.Add(await TimeAsync(name, settings.Iterations, () => query.GetAsync(filter)));
            }

            PrintTable($"Dashboard (all KPIs and charts of one page load), {size:N0} cases", timings);
            await ExplainAsync(bench, year);
        }
    }

    /// <summary>EXPLAIN QUERY PLAN of every statement one dashboard load runs, captured from EF Core.</summary>
    private static async Task ExplainAsync(Bench bench, DashboardFilter filter)
    {
        var capture = new CommandCapture();
        var options = new DbContextOptionsBuilder<CaseDeskDb>().UseSqlite(bench.ConnectionString).AddInterceptors(capture).Options;
        await new DashboardQuery(new Factory(options), TimeProvider.System).GetAsync(filter);
        Console.WriteLine($"\nQuery plans of one dashboard load (filter: this year, whole province; ms = one run of the statement alone):\n");
        await using var connection = new SqliteConnection(bench.ConnectionString);
        await connection.OpenAsync();
        foreach (var (sql, parameters) in capture.Commands)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(3));
                }
            }

            var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
            var timing = Stopwatch.StartNew();
            await using (var run = connection.CreateCommand())
            {
                run.CommandText = sql;
                foreach (var (name, value) in parameters)
                {
                    run.Parameters.AddWithValue(name, value ?? DBNull.Value);
                }

                await using var rows = await run.ExecuteReaderAsync();
                while (await rows.ReadAsync())
                {
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {timing.Elapsed.TotalMilliseconds:F1} ms: `{oneLine}`"));
            foreach (var line in plan)
            {
                Console.WriteLine($"  - {line}");
            }
        }
    }

    private sealed class Factory(DbContextOptions<CaseDeskDb> options) : IDbContextFactory<CaseDeskDb>
    {
        public CaseDeskDb CreateDbContext() => new(options);
    }

    private sealed class CommandCapture : DbCommandInterceptor
    {
        public List<(string Sql, List<(string, object?)> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText,
                [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    // ---- transitions -------------------------------------------------------------------------------------------

    private static async Task TransitionsAsync(Settings settings)
    {
        await using var bench = await OpenAsync(settings, settings.Cases);
        var transition = bench.Services.GetRequiredService<TransitionCase>();
        var verify = bench.Services.GetRequiredService<VerifyWorkerIdentity>();
        List<(int Id, string? Officer)> open;
        await using (var db = await bench.Factory.CreateDbContextAsync())
        {
            open = (await db.Cases.AsNoTracking()
                .Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.Rejected && c.Status != CaseStatus.Withdrawn)
                .OrderBy(c => c.Id).Select(c => new { c.Id, c.AssignedOfficerId }).ToListAsync())
                .Select(c => (c.Id, c.AssignedOfficerId)).ToList();
        }

        // Each writer owns its own cases: a conflict or a lost update can then only come from the database layer.
        var writers = settings.Writers;
        var owned = Enumerable.Range(0, writers).Select(w => open.Where((_, i) => i % writers == w).Select(c => c.Id).ToList()).ToList();
        var before = await CaseStateAsync(bench, open.Select(c => c.Id).ToList());
        var saves = new ConcurrentBag<double>();
        var applied = new ConcurrentDictionary<int, int>();
        int succeeded = 0, conflicts = 0, locked = 0, otherFailures = 0;
        var actor = new Actor("bench", "Petugas Benchmark", new HashSet<string> { Roles.Supervisor });
        var until = DateTime.UtcNow.AddSeconds(settings.DurationSeconds);
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(owned.Select(cases => Task.Run(async () =>
        {
            var rng = new Random(cases.FirstOrDefault());
            var index = 0;
            while (DateTime.UtcNow < until && index < cases.Count)
            {
                var id = cases[index];
                Case c;
                await using (var db = await bench.Factory.CreateDbContextAsync())
                {
                    c = await db.Cases.AsNoTracking().SingleAsync(x => x.Id == id);
                }

                if (c.Status == CaseStatus.Verification && c.IdentityVerifiedAtUtc is null)
                {
                    CaseCommandResult verified;
                    try
                    {
                        verified = await verify.ExecuteAsync(id, c.Version, actor);
                    }
                    catch (Exception e) when (e.GetBaseException() is SqliteException { SqliteErrorCode: 5 or 6 })
                    {
                        // VerifyWorkerIdentity, unlike TransitionCase, lets a busy database surface as an exception.
                        Interlocked.Increment(ref locked);
                        continue;
                    }

                    if (verified.Succeeded)
                    {
                        applied.AddOrUpdate(id, 1, (_, n) => n + 1);
                    }
                    else if (verified.Outcome == CommandOutcome.Conflict)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                    else
                    {
                        Interlocked.Increment(ref otherFailures);
                        index++;
                    }

                    continue;
                }

                var step = CaseWorkflow.GetSteps(c, actor)
                    .Where(s => s.Enabled && s.Trigger is not (CaseTrigger.Withdraw or CaseTrigger.Reject
                        or CaseTrigger.Reopen or CaseTrigger.CloseAdministratively))
                    .FirstOrDefault();
                if (step is null || !c.IsOpen)
                {
                    index++;
                    continue;
                }

                var save = Stopwatch.StartNew();
                try
                {
                    var result = await transition.ExecuteAsync(id, step.Trigger, Input(step, rng), c.Version, actor);
                    saves.Add(save.Elapsed.TotalMilliseconds);
                    switch (result.Outcome)
                    {
                        case TransitionOutcome.Succeeded:
                            Interlocked.Increment(ref succeeded);
                            applied.AddOrUpdate(id, 1, (_, n) => n + 1);
                            break;
                        case TransitionOutcome.Conflict:
                            Interlocked.Increment(ref conflicts);
                            break;
                        default:
                            Interlocked.Increment(ref otherFailures);
                            index++;
                            break;
                    }
                }
                catch (Exception e) when (e.GetBaseException() is SqliteException { SqliteErrorCode: 5 or 6 })
                {
                    Interlocked.Increment(ref locked);
                }
            }
        })));
        var elapsed = watch.Elapsed;

        var after = await CaseStateAsync(bench, open.Select(c => c.Id).ToList());
        var lost = open.Count(c => after[c.Id].Version != before[c.Id].Version + applied.GetValueOrDefault(c.Id)
            || after[c.Id].Writes != before[c.Id].Writes + applied.GetValueOrDefault(c.Id));
        var times = new Timing("save", [.. saves]);
        Console.WriteLine($"\nTransitions: {writers} concurrent writers, each advancing its own open cases, "
            + $"{elapsed.TotalSeconds:F0} s, {settings.Cases:N0} cases\n");
        Console.WriteLine("| steps saved | per second | p50 save ms | p95 save ms | p99 save ms | max ms | conflicts (busy) | \"database is locked\" errors | other failures | lost updates |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {succeeded:N0} | {succeeded / elapsed.TotalSeconds:F0} | {times.P(0.5):F1} | {times.P(0.95):F1} | {times.P(0.99):F1} | {(times.Ms.Count == 0 ? 0 : times.Ms.Max()):F1} | {conflicts} | {locked} | {otherFailures} | {lost} |"));
    }

    private static StepInput Input(WorkflowStep step, Random rng) => step.Data switch
    {
        StepData.Agreement => new StepInput { SettlementAmount = rng.Next(1, 100) * 1_000_000L, MediationTerms = "Pembayaran sisa gaji." },
        StepData.MediationFailure or StepData.Referral => new StepInput { ReferralTarget = ReferralTarget.Disnaker },
        StepData.Arrival => new StepInput { ArrivalAtUtc = DateTime.UtcNow.AddHours(-1), ArrivalPoint = "Bandara Haluoleo, Kendari" },
        StepData.HandOver => new StepInput { HandedOverTo = "Keluarga PMI" },
        _ => StepInput.None,
    };

    /// <summary>Version and number of write events (steps, verifications) per case.</summary>
    private static async Task<Dictionary<int, (int Version, int Writes)>> CaseStateAsync(Bench bench, List<int> ids)
    {
        await using var db = await bench.Factory.CreateDbContextAsync();
        var versions = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Version }).ToDictionaryAsync(c => c.Id, c => c.Version);
        var writes = await db.CaseEvents.AsNoTracking()
            .Where(e => ids.Contains(e.CaseId) && (e.Type == CaseEventType.Transition || e.Type == CaseEventType.IdentityVerified))
            .GroupBy(e => e.CaseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return ids.ToDictionary(id => id, id => (versions[id], writes.GetValueOrDefault(id)));
    }

    // ---- pdf ---------------------------------------------------------------------------------------------------

    private static async Task PdfAsync(Settings settings)
    {
        await using var bench = await OpenAsync(settings, settings.Cases);
        PdfSharpSetup.EnsureInitialized();
        var renderer = bench.Services.GetRequiredService<IPdfRenderer>();
        int letterId;
        await using (var db = await bench.Factory.CreateDbContextAsync())
        {
            letterId = await db.Letters.Where(l => l.Type == LetterType.MediationMinutes)
                .Join(db.Cases.Where(c => c.MediationOutcome == MediationOutcome.Agreement && c.SettlementAmount > 0),
                    l => l.CaseId, c => c.Id, (l, c) => l.Id)
                .OrderBy(id => id).FirstAsync();
        }

        var snapshot = (await bench.Services.GetRequiredService<LetterQueries>().GetAsync(letterId))!.Snapshot;
        var pdf = renderer.Render(LetterDocument.Compose(snapshot));
        var ours = await TimeAsync("letter", 200, () => Task.FromResult(renderer.Render(LetterDocument.Compose(snapshot))));

        var folder = Directory.CreateTempSubdirectory("casedesk-chromium-");
        var html = Path.Combine(folder.FullName, "letter.html");
        await File.WriteAllTextAsync(html, LetterHtml.Render(snapshot));
        var chromiumTimes = new List<double>();
        long chromiumBytes = 0;
        const string chromium = "/usr/bin/chromium";
        if (File.Exists(chromium))
        {
            for (var i = 0; i < 7; i++)
            {
                var output = Path.Combine(folder.FullName, $"letter-{i}.pdf");
                var watch = Stopwatch.StartNew();
                using var process = Process.Start(new ProcessStartInfo(chromium,
                    ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--print-to-pdf={output}", html])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                })!;
                await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                if (i > 0)
                {
                    chromiumTimes.Add(watch.Elapsed.TotalMilliseconds); // run 0 warms the disk cache
                }

                chromiumBytes = File.Exists(output) ? new FileInfo(output).Length : 0;
            }
        }

        folder.Delete(recursive: true);

        var query = bench.Services.GetRequiredService<MeetingReportQuery>();
        var today = OfficeTime.Today(TimeProvider.System);
        // Every case of the database (three years): one run, as it takes seconds (the annex lists each case).
        var period = new ReportPeriod(today.AddYears(-3), today);
        var pages = 0;
        var reportWatch = Stopwatch.StartNew();
        var report = renderer.Render(MeetingReportDocument.Create(await query.GetAsync(period, null), DateTime.UtcNow));
        var meeting = new Timing("meeting report", [reportWatch.Elapsed.TotalMilliseconds]);

        pages = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(report), @"/Type\s*/Page\b(?!s)").Count;
        var chromiumMedian = chromiumTimes.Count == 0 ? double.NaN : new Timing("", chromiumTimes).P(0.5);
        Console.WriteLine($"\nPDF\n");
        Console.WriteLine("| | runs | median ms | p95 ms | size KB |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| Berita Acara Mediasi, CaseDesk (PDFsharp, in process) | {ours.Ms.Count} | {ours.P(0.5):F1} | {ours.P(0.95):F1} | {pdf.Length / 1024.0:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| same letter, `chromium --headless --print-to-pdf` (one process per letter) | {chromiumTimes.Count} | {chromiumMedian:F0} | {(chromiumTimes.Count == 0 ? double.NaN : new Timing("", chromiumTimes).P(0.95)):F0} | {chromiumBytes / 1024.0:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| meeting report, all {settings.Cases:N0} cases (three years) (query + layout + PDF) | {meeting.Ms.Count} | {meeting.P(0.5):F0} | {meeting.P(0.95):F0} | {report.Length / 1024.0:F0} ({pages} pages) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nChromium / CaseDesk, median time: {chromiumMedian / ours.P(0.5):F0}x; size: {chromiumBytes / (double)pdf.Length:F1}x"));
    }
}
