using System.Diagnostics;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Reference;
using CaseDesk.Core.Reports;
using CaseDesk.Tests.Support;
using Xunit.Abstractions;

namespace CaseDesk.Tests.Reports;

/// <summary>
/// The meeting report for a busy office: cases inserted directly (the workflow is not what is measured), then query,
/// composition and rendering timed together, as the endpoint does them.
/// </summary>
public sealed class MeetingReportPerformanceTests(ITestOutputHelper output)
{
    private static readonly ReportPeriod Period = new(new DateOnly(2024, 12, 1), new DateOnly(2026, 11, 23));

    [Theory]
    [InlineData(300, 5)]
    [InlineData(3000, 15)]
    public async Task Render_ManyCases_TakesSecondsNotMinutes(int cases, int maxSeconds)
    {
        await using var db = await TestDb.CreateAsync();
        await InsertCasesAsync(db, cases);
        var query = new MeetingReportQuery(db.Factory, new TestClock());
        var renderer = new PdfSharpRenderer();
        // Fonts and the EF model are loaded once per process: warm them up outside the measurement.
        renderer.Render(MeetingReportDocument.Create(await query.GetAsync(Period, "7414"), DateTime.UtcNow));

        var total = Stopwatch.StartNew();
        var data = await query.GetAsync(Period, null);
        var queried = total.Elapsed;
        var document = MeetingReportDocument.Create(data, DateTime.UtcNow);
        var pdf = renderer.Render(document);
        total.Stop();

        var pages = ReportPdf.Pages(pdf);
        output.WriteLine($"{cases} cases: query {queried.TotalMilliseconds:F0} ms, compose + render "
            + $"{(total.Elapsed - queried).TotalMilliseconds:F0} ms, total {total.Elapsed.TotalMilliseconds:F0} ms, "
            + $"{pages.Count} pages, {pdf.Length / 1024} KB");
        Assert.Equal(cases, data.Received);
        Assert.Contains($"Halaman {pages.Count} dari {pages.Count}", pages[^1]);
        Assert.True(total.Elapsed < TimeSpan.FromSeconds(maxSeconds), $"took {total.Elapsed}");
    }

    private static async Task InsertCasesAsync(TestDb db, int count)
    {
        var random = new Random(20_261_123);
        var regencies = Regency.SulawesiTenggara.Select(r => r.Code).ToArray();
        var countries = Country.Destinations.Select(c => c.Code).Take(12).ToArray();
        var statuses = Enum.GetValues<CaseStatus>();
        var categories = Enum.GetValues<ComplaintCategory>();
        var span = Period.EndUtc - Period.FromUtc;

        await using var context = await db.Factory.CreateDbContextAsync();
        for (var i = 0; i < count; i++)
        {
            var kind = (CaseKind)(i % 3);
            var status = statuses[random.Next(statuses.Length)];
            var created = Period.FromUtc + span * random.NextDouble();
            var agreement = status is CaseStatus.Resolved or CaseStatus.Closed && random.Next(2) == 0;
            context.Cases.Add(new Case
            {
                ReferenceNumber = $"{kind.ToString()[..3].ToUpperInvariant()}-{created.Year}-{i + 1:D6}",
                Kind = kind,
                Status = status,
                Sector = (Sector)random.Next(4),
                NonProcedural = random.Next(2) == 0,
                WorkerName = $"Wa Ode Pekerja {i}",
                WorkerNik = $"74{random.NextInt64(10_000_000_000_000, 99_999_999_999_999)}",
                WorkerSex = (Sex)random.Next(2),
                HomeRegencyCode = regencies[random.Next(regencies.Length)],
                DestinationCountryCode = countries[random.Next(countries.Length)],
                Category = categories[random.Next(categories.Length)],
                Channel = IntakeChannel.WalkIn,
                Narrative = "Gaji tidak dibayar selama enam bulan dan paspor ditahan oleh majikan.",
                MediationOutcome = agreement ? MediationOutcome.Agreement : null,
                SettlementAmount = agreement ? random.Next(1, 200) * 500_000L : null,
                CreatedAtUtc = created,
                UpdatedAtUtc = created,
                ClosedAtUtc = Case.IsOpenStatus(status) ? null : created.AddDays(random.Next(1, 90)),
            });
        }

        await context.SaveChangesAsync();
    }
}
