using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Reports;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Web;

namespace CaseDesk.Tests.Reports;

/// <summary>The case report of seeded cases, rendered and read back with PdfPig.</summary>
public sealed class CaseReportDocumentTests(SeededCases seeded) : IClassFixture<SeededCases>
{
    private static readonly PdfSharpRenderer Renderer = new();
    private static readonly DateTime GeneratedAtUtc = new(2026, 11, 23, 2, 15, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Render_SettledCase_ShowsIdentityWorkerMaskedNikSettlementAndTimelineSteps()
    {
        var settled = seeded.Cases.First(c => c.SettlementAmount > 0 && c.WorkerNik is not null
            && c.Status == CaseStatus.Closed);
        var data = await QueryAsync(settled.Id);

        var pdf = Renderer.Render(CaseReportDocument.Create(data, GeneratedAtUtc, "Wa Ode Nurhayati"));
        ReportPdf.Keep(pdf, "case-report.pdf");
        var pages = ReportPdf.Pages(pdf);
        var text = string.Join(" ", pages);

        Assert.Contains($"Nomor Kasus: {settled.ReferenceNumber}", text);
        Assert.Contains(settled.WorkerName, text);
        Assert.Contains(PersonalDataMask.Identity(settled.WorkerNik), text);
        Assert.DoesNotContain(settled.WorkerNik!, text.Replace(" ", "", StringComparison.Ordinal));
        var amount = settled.SettlementAmount!.Value;
        Assert.Contains($"{IndonesianText.Rupiah(amount)} ({IndonesianText.Terbilang(amount)})", text);
        Assert.Contains("Catat kesepakatan", text);
        Assert.Contains("Mulai verifikasi", text);
        Assert.Contains("Tutup kasus", text);
        Assert.Contains("Belum ada surat.", text);
        Assert.Contains("Dicetak oleh Wa Ode Nurhayati melalui CaseDesk pada 23 November 2026 pukul 10.15 WITA.", text);
        Assert.Contains($"Halaman 1 dari {pages.Count}", pages[0]);
    }

    [Fact]
    public async Task Render_EveryTimelineEntry_IsARowWithItsActor()
    {
        var busiest = seeded.Cases.MaxBy(c => c.Version)!;
        var data = await QueryAsync(busiest.Id);

        var text = ReportPdf.Text(Renderer.Render(CaseReportDocument.Create(data, GeneratedAtUtc)));

        Assert.All(data.Timeline, e => Assert.Contains(ReportFormat.ShortDateTime(e.AtUtc), text));
        Assert.All(data.Timeline.Select(e => e.ActorName).Distinct(), actor => Assert.Contains(actor, text));
        Assert.Contains("Dokumen ini dihasilkan oleh CaseDesk", text);
    }

    [Fact]
    public async Task Render_AnySeededCase_NeverPrintsAFullNikOrPassport()
    {
        var withPassport = seeded.Cases.First(c => c.WorkerPassportNo is not null && c.WorkerNik is not null);
        var data = await QueryAsync(withPassport.Id);
        // An edit note records identity numbers in full; the report must still mask them.
        var edited = data with
        {
            Timeline =
            [
                .. data.Timeline,
                new TimelineEntry(999, CaseEventType.Edited, GeneratedAtUtc, "Andi Pratama", null, null, null,
                    $"NIK: \"7401014501900001\" → \"{withPassport.WorkerNik}\"\nNomor paspor: (kosong) → "
                    + $"\"{withPassport.WorkerPassportNo}\""),
            ],
        };

        var compact = ReportPdf.Text(Renderer.Render(CaseReportDocument.Create(edited, GeneratedAtUtc)))
            .Replace(" ", "", StringComparison.Ordinal);

        Assert.DoesNotContain(withPassport.WorkerNik!, compact);
        Assert.DoesNotContain(withPassport.WorkerPassportNo!, compact);
        Assert.DoesNotContain("7401014501900001", compact);
        Assert.Contains(PersonalDataMask.Identity(withPassport.WorkerPassportNo), compact);
        Assert.Contains("7401••••••••0001", compact);
    }

    [Fact]
    public async Task Render_WithIssuedLetters_ListsThemInsteadOfTheEmptyNote()
    {
        var data = await QueryAsync(seeded.Cases[0].Id);
        IssuedLetterLine[] letters =
        [
            new("B.57/BP3MI-SULTRA/PP.02.01/XI/2026", new DateOnly(2026, 11, 20), "Surat Undangan Mediasi"),
            new("B.58/BP3MI-SULTRA/PP.02.02/XI/2026", new DateOnly(2026, 11, 21), "Berita Acara Mediasi", "Dibatalkan"),
        ];

        var pdf = Renderer.Render(CaseReportDocument.Create(data, GeneratedAtUtc, letters: letters));
        ReportPdf.Keep(pdf, "case-report-letters.pdf");
        var text = ReportPdf.Text(pdf);

        Assert.DoesNotContain("Belum ada surat.", text);
        Assert.Contains("B.57/BP3MI-SULTRA/PP.02.01/XI/2026", text);
        Assert.Contains("21 November 2026 Berita Acara Mediasi Dibatalkan", text);
    }

    [Fact]
    public async Task Query_UnknownCase_ReturnsNull() =>
        Assert.Null(await new CaseReportQuery(seeded.Db.Factory).GetAsync(int.MaxValue));

    [Fact]
    public async Task Query_Timeline_IsOldestFirst()
    {
        var data = await QueryAsync(seeded.Cases.MaxBy(c => c.Version)!.Id);

        Assert.Equal(CaseEventType.Created, data.Timeline[0].Type);
        Assert.Equal(data.Timeline.OrderBy(e => e.AtUtc).ThenBy(e => e.Id), data.Timeline);
    }

    [Theory]
    [InlineData("7414015708900012", "7414••••••••0012")]
    [InlineData("B1234567", "B1••••67")]
    [InlineData("AB1234567", "AB•••••67")]
    [InlineData("123", "•••")]
    [InlineData(null, "")]
    public void Mask_KeepsOnlyTheEnds(string? value, string masked) => Assert.Equal(masked, PersonalDataMask.Identity(value));

    [Fact]
    public void FileName_UsesTheReference() =>
        Assert.Equal("Laporan-Kasus-ADU-2026-000123.pdf", CaseReportDocument.FileName("ADU-2026-000123"));

    [Fact]
    public void StatusAndStepLabels_AreIndonesianWhateverTheUiCulture()
    {
        using var _ = new CultureScope("en-US");
        var c = seeded.Cases.First(x => x.Status == CaseStatus.Closed);
        var data = new CaseReportData(c, "Buton Tengah", "Malaysia", null, null, null, null,
        [
            new TimelineEntry(1, CaseEventType.Transition, GeneratedAtUtc, "Andi Pratama", CaseStatus.Resolved,
                CaseStatus.Closed, nameof(CaseTrigger.Close), null),
        ]);

        var text = ReportPdf.Text(Renderer.Render(CaseReportDocument.Create(data, GeneratedAtUtc)));

        Assert.Contains("Tutup kasus", text);
        Assert.Contains("Selesai (sepakat) → Ditutup", text);
        Assert.DoesNotContain("Close case", text);
    }

    private async Task<CaseReportData> QueryAsync(int id) =>
        await new CaseReportQuery(seeded.Db.Factory).GetAsync(id)
        ?? throw new InvalidOperationException($"Case {id} not found.");
}
