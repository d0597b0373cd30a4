// Measures what the README's "Documents: measurements" table reports, in one run:
//   dotnet run -c Release --project CaseDesk.Benchmarks [documents]
// The "Performance" section's figures come from the other commands (queue, dashboard, transitions, pdf, all): see
// ScaleBenchmarks.cs.
// A letter rendered by CaseDesk's PDFsharp engine (median ms, KB), the same letter printed by headless Chromium from
// equivalent HTML, the meeting report (query + layout + PDF) over the 300-case demo database and over 10,000 cases,
// and the CSV and Excel exports of the 10,000 cases.
// Not a test: figures depend on the machine; nothing here asserts.
using System.Diagnostics;
using System.Globalization;
using CaseDesk.Core;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Demo;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Exports;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Letters.Templates;
using CaseDesk.Core.Reports;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

if (args is [var command, ..] && command != "documents")
{
    Environment.ExitCode = await ScaleBenchmarks.RunAsync(args);
    return;
}

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
var folder = Path.Combine(Path.GetTempPath(), $"casedesk-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(folder);
var connectionString = $"Data Source={Path.Combine(folder, "bench.db")}";

try
{
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(
        new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
    services.AddCaseDeskCore(connectionString);
    services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CaseDeskDb>>().CreateDbContext());
    services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<CaseDeskDb>();
    await using var provider = services.BuildServiceProvider();
    var dbFactory = provider.GetRequiredService<IDbContextFactory<CaseDeskDb>>();
    await DatabaseInitializer.MigrateAsync(dbFactory);

    Console.WriteLine($"CaseDesk benchmarks · {Environment.ProcessorCount} cores · .NET {Environment.Version}");
    var seeding = Stopwatch.StartNew();
    await DemoData.SeedAsync(provider, 300);
    Console.WriteLine($"Demo database: 300 cases seeded through the real actions in {seeding.Elapsed.TotalSeconds:0.0} s");

    var renderer = provider.GetRequiredService<IPdfRenderer>();
    var snapshot = await MinutesSnapshotAsync(provider, dbFactory);
    var letterDocument = LetterDocument.Compose(snapshot);
    var letterBytes = renderer.Render(letterDocument);
    var letterMs = Median(200, () => renderer.Render(LetterDocument.Compose(snapshot)));
    Console.WriteLine($"Letter (Berita Acara Mediasi), PDFsharp: median {letterMs:0.0} ms, {letterBytes.Length / 1024.0:0} KB");

    var (chromiumMs, chromiumKb) = await ChromiumLetterAsync(snapshot);
    Console.WriteLine(chromiumMs is null
        ? "Letter, headless Chromium: skipped (no /usr/bin/chromium)"
        : $"Letter, headless Chromium (HTML → PDF, browser already running): median {chromiumMs:0.0} ms, {chromiumKb:0} KB");

    var query = provider.GetRequiredService<MeetingReportQuery>();
    var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    var period = new ReportPeriod(today.AddMonths(-14), today);
    var (demoMs, demoPages, demoKb) = await MeetingReportAsync(query, renderer, period, 5);
    Console.WriteLine($"Meeting report, 300 cases: median {demoMs:0} ms ({demoPages} pages, {demoKb:0} KB)");

    var total = await GrowToAsync(dbFactory, 10_000);
    var (bigMs, bigPages, bigKb) = await MeetingReportAsync(query, renderer, period, 3);
    Console.WriteLine($"Meeting report, {total:N0} cases: median {bigMs:0} ms ({bigPages} pages, {bigKb:0} KB)");

    var export = provider.GetRequiredService<ExportCases>();
    foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
    {
        var (exportMs, exportKb, allocatedMb) = await ExportAsync(export, format, 3);
        Console.WriteLine($"Export {format}, {total:N0} cases: median {exportMs:0} ms, {exportKb:0} KB, " +
            $"{allocatedMb:0} MB allocated over the run");
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static double Median(int runs, Action action)
{
    action(); // warm-up
    var times = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[runs / 2];
}

static async Task<LetterSnapshot> MinutesSnapshotAsync(IServiceProvider provider, IDbContextFactory<CaseDeskDb> dbFactory)
{
    await using var db = await dbFactory.CreateDbContextAsync();
    var resolved = await db.Cases.AsNoTracking()
        .Where(c => c.MediationOutcome == MediationOutcome.Agreement && c.SettlementAmount > 0)
        .OrderBy(c => c.Id).FirstAsync();
    var actor = new Actor("bench", "Petugas Benchmark", new HashSet<string> { Roles.Officer });
    var issued = await provider.GetRequiredService<IssueLetter>()
        .ExecuteAsync(resolved.Id, LetterType.MediationMinutes, LetterDetails.None, null, actor);
    if (!issued.Succeeded)
    {
        throw new InvalidOperationException(string.Join("; ", issued.Messages));
    }

    var letter = await provider.GetRequiredService<LetterQueries>().GetAsync(issued.LetterId!.Value);
    return letter!.Snapshot;
}

static async Task<(double Ms, int Pages, double Kb)> MeetingReportAsync(MeetingReportQuery query, IPdfRenderer renderer,
    ReportPeriod period, int runs)
{
    byte[] pdf = [];
    var times = new List<double>();
    for (var i = 0; i <= runs; i++)
    {
        var watch = Stopwatch.StartNew();
        var data = await query.GetAsync(period, null);
        pdf = renderer.Render(MeetingReportDocument.Create(data, DateTime.UtcNow));
        if (i > 0)
        {
            times.Add(watch.Elapsed.TotalMilliseconds); // run 0 warms up
        }
    }

    times.Sort();
    return (times[times.Count / 2], PageCount(pdf), pdf.Length / 1024.0);
}

// Every case (open or closed), without personal data, into a stream that only counts.
static async Task<(double Ms, double Kb, double AllocatedMb)> ExportAsync(ExportCases export, ExportFormat format,
    int runs)
{
    var request = new CaseExportRequest(format, new CaseQueueFilter { OpenOnly = false }, "open=false");
    var actor = new Actor("bench", "Petugas Benchmark", new HashSet<string> { Roles.Officer });
    var times = new List<double>();
    long bytes = 0;
    long allocated = 0;
    for (var i = 0; i <= runs; i++)
    {
        var output = new CountingStream();
        var before = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        await export.ExecuteAsync(request, actor, output);
        if (i > 0)
        {
            times.Add(watch.Elapsed.TotalMilliseconds); // run 0 warms up
            (bytes, allocated) = (output.Count, GC.GetTotalAllocatedBytes() - before);
        }
    }

    times.Sort();
    return (times[times.Count / 2], bytes / 1024.0, allocated / 1024.0 / 1024.0);
}

// "/Type /Page" objects (not "/Pages"): a page count without a PDF reader dependency.
static int PageCount(byte[] pdf) =>
    System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b(?!s)").Count;

// Copies the demo cases (fresh reference numbers, spread over the same period) until the database holds `target`.
static async Task<int> GrowToAsync(IDbContextFactory<CaseDeskDb> dbFactory, int target)
{
    await using var db = await dbFactory.CreateDbContextAsync();
    var columns = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Cases')").ToListAsync();
    var copied = columns.Where(c => c is not "Id" and not "ReferenceNumber").Select(c => $"\"{c}\"").ToList();
    var list = string.Join(", ", copied);
    var round = 0;
    int count;
    while ((count = await db.Cases.CountAsync()) < target)
    {
        round++;
        var take = Math.Min(300, target - count);
        var sql = $"INSERT INTO Cases (ReferenceNumber, {list}) SELECT 'BEN-{round:D3}-' || Id, {list} FROM Cases " +
            $"WHERE ReferenceNumber NOT LIKE 'BEN-%' ORDER BY Id LIMIT {take}";
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    return count;
}

static async Task<(double? Ms, double Kb)> ChromiumLetterAsync(LetterSnapshot s)
{
    const string chromium = "/usr/bin/chromium";
    if (!File.Exists(chromium))
    {
        return (null, 0);
    }

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = chromium,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"],
    });
    var page = await browser.NewPageAsync();
    var html = LetterHtml.Render(s);
    byte[] pdf = [];
    var times = new List<double>();
    for (var i = 0; i <= 20; i++)
    {
        var watch = Stopwatch.StartNew();
        await page.SetContentAsync(html);
        pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        if (i > 0)
        {
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    return (times[times.Count / 2], pdf.Length / 1024.0);
}

/// <summary>A write-only stream that counts the bytes and drops them (as a response body would send them on).</summary>
internal sealed class CountingStream : Stream
{
    public long Count { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Count;

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Count += count;

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Count += buffer.Length;
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
