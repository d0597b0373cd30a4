using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Reference;
using CaseDesk.Core.Reports;
using CaseDesk.Tests.Support;

namespace CaseDesk.Tests.Reports;

/// <summary>The meeting report rendered from a seeded database and read back with PdfPig.</summary>
public sealed class MeetingReportDocumentTests(SeededCases seeded) : IClassFixture<SeededCases>
{
    private static readonly PdfSharpRenderer Renderer = new();
    private static readonly DateTime GeneratedAtUtc = new(2026, 11, 23, 2, 15, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Render_WholeProvince_ShowsPeriodRegenciesAndTotalsOfTheQuery()
    {
        var data = await QueryAsync(WholeHistory(), null);
        Assert.True(data.Received > 0);

        var pages = ReportPdf.Pages(Render(data, "meeting-report.pdf"));
        var text = string.Join(" ", pages);

        Assert.Contains(ReportFormat.Period(data.Period), text);
        Assert.Contains("LAPORAN PENANGANAN KASUS PEKERJA MIGRAN INDONESIA", text);
        Assert.Contains("Provinsi Sulawesi Tenggara", text);
        Assert.All(Regency.SulawesiTenggara, r => Assert.Contains(r.Name, text));
        Assert.Contains($"Kasus diterima dalam periode {ReportFormat.Count(data.Received)}", text);
        Assert.Contains($"Kasus selesai (ditutup) dalam periode {ReportFormat.Count(data.ClosedInPeriod)}", text);
        Assert.Contains($"Kasus masih dalam penanganan {ReportFormat.Count(data.OpenNow)}", text);
        Assert.Contains(IndonesianText.Rupiah(data.Outcomes.MoneyRecovered), text);
        Assert.Contains(IndonesianText.Terbilang(data.Outcomes.MoneyRecovered), text);
        Assert.Contains($"Jumlah {ReportFormat.Count(data.Received)} 100,0%", text);
        Assert.Contains($"Halaman 1 dari {pages.Count}", pages[0]);
        Assert.Contains($"Halaman {pages.Count} dari {pages.Count}", pages[^1]);
        Assert.All(data.Cases, c => Assert.Contains(c.ReferenceNumber, text));
    }

    [Fact]
    public async Task Render_Always_PrintsNoIdentityNumberPhoneOrFullName()
    {
        var data = await QueryAsync(WholeHistory(), null);

        var text = string.Join(" ", ReportPdf.Pages(Renderer.Render(MeetingReportDocument.Create(data, GeneratedAtUtc))));

        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        Assert.All(seeded.Cases, c =>
        {
            if (c.WorkerNik is { } nik)
            {
                Assert.DoesNotContain(nik, compact);
            }

            if (c.WorkerPassportNo is { } passport)
            {
                Assert.DoesNotContain(passport, compact);
            }

            if (c.WorkerPhone is { } phone)
            {
                Assert.DoesNotContain(phone, compact);
            }

            Assert.DoesNotContain(c.WorkerName, text);
        });
    }

    [Fact]
    public async Task Render_OneRegency_NamesItAsScope()
    {
        var data = await QueryAsync(WholeHistory(), "7414");

        var text = string.Join(" ", ReportPdf.Pages(Renderer.Render(MeetingReportDocument.Create(data, GeneratedAtUtc))));

        Assert.Contains("Kabupaten/Kota: Buton Tengah", text);
        Assert.DoesNotContain("Kota Kendari", text);
    }

    [Fact]
    public async Task Render_PeriodWithoutCases_SaysSoAndStillListsEveryRegency()
    {
        var data = await QueryAsync(new ReportPeriod(new DateOnly(2001, 1, 1), new DateOnly(2001, 3, 31)), null);

        var text = string.Join(" ", ReportPdf.Pages(Renderer.Render(MeetingReportDocument.Create(data, GeneratedAtUtc))));

        Assert.Contains("Tidak ada kasus yang diterima dalam periode ini.", text);
        Assert.Contains("Rp 0", text);
        Assert.Contains("nol rupiah", text);
        Assert.All(Regency.SulawesiTenggara, r => Assert.Contains(r.Name, text));
    }

    [Fact]
    public void FileName_PeriodAndRegency_AreInTheName()
    {
        var period = new ReportPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 23));

        Assert.Equal("Laporan-Rapat-Koordinasi-2026-10-01-2026-11-23.pdf", MeetingReportDocument.FileName(period, null));
        Assert.Equal("Laporan-Rapat-Koordinasi-2026-10-01-2026-11-23-7414.pdf",
            MeetingReportDocument.FileName(period, "7414"));
    }

    private Task<MeetingReportData> QueryAsync(ReportPeriod period, string? regency) =>
        new MeetingReportQuery(seeded.Db.Factory, TimeProvider.System).GetAsync(period, regency);

    private static ReportPeriod WholeHistory()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        return new ReportPeriod(today.AddMonths(-15), today);
    }

    private static byte[] Render(MeetingReportData data, string name)
    {
        var pdf = Renderer.Render(MeetingReportDocument.Create(data, GeneratedAtUtc));
        ReportPdf.Keep(pdf, name);
        return pdf;
    }
}
