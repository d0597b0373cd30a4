using CaseDesk.Core.Documents;
using UglyToad.PdfPig;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace CaseDesk.Tests.Documents;

public sealed class PdfSharpRendererTests
{
    private static readonly PdfSharpRenderer Renderer = new();

    private const string Lorem =
        "Pekerja Migran Indonesia yang bekerja di luar negeri berhak atas pelindungan sebelum, selama dan setelah " +
        "bekerja, termasuk pendampingan ketika menghadapi perselisihan dengan perusahaan penempatan atau pemberi kerja " +
        "di negara tujuan penempatan.";

    private static double BodyRight => (210 - Margins.Default.RightMm) * PdfRead.PointsPerMm;

    private static double BodyLeft => Margins.Default.LeftMm * PdfRead.PointsPerMm;

    [Fact]
    public void Render_IndonesianTextWithDashAndBullet_RoundTrips()
    {
        var document = new Document("Uji").Add(
            new Paragraph("Pemulangan PMI 2025–2026 • Kendari – Baubau; nilai Rp 15.750.000 (lima belas juta)."),
            new Paragraph("Pelindungan ", TextRun.Bold("sebelum"), ", ", TextRun.Italic("selama"), " dan sesudah bekerja."));

        var text = PdfRead.PageTexts(Renderer.Render(document))[0];

        Assert.Contains("Pemulangan PMI 2025–2026 • Kendari – Baubau; nilai Rp 15.750.000 (lima belas juta).", text);
        Assert.Contains("Pelindungan sebelum, selama dan sesudah bekerja.", text);
    }

    [Fact]
    public void Render_Always_SetsDocumentInformation()
    {
        var pdf = Renderer.Render(new Document("Berita Acara Mediasi") { Subject = "Kasus 2026-0042" }.Add(new Paragraph("Isi")));

        using var read = PdfPigDocument.Open(pdf);
        Assert.Equal("Berita Acara Mediasi", read.Information.Title);
        Assert.Equal("BP3MI Sulawesi Tenggara", read.Information.Author);
        Assert.Equal("CaseDesk", read.Information.Creator);
        Assert.Equal("Kasus 2026-0042", read.Information.Subject);
    }

    [Fact]
    public void Render_ToStream_WritesPdfAndLeavesStreamOpen()
    {
        using var output = new MemoryStream();

        Renderer.Render(new Document("Uji").Add(new Paragraph("Isi")), output);

        Assert.True(output.CanWrite);
        Assert.Equal("%PDF"u8.ToArray(), output.ToArray()[..4]);
    }

    [Fact]
    public void Render_Fonts_AreEmbeddedAsSubsets()
    {
        var pdf = Renderer.Render(new Document("Uji").Add(new Paragraph("Teks ", TextRun.Bold("tebal"))));

        using var read = PdfPigDocument.Open(pdf);
        var fontNames = read.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.FontName)
            .Distinct().ToList();
        Assert.Equal(2, fontNames.Count);
        // A subset's name carries a six-letter tag: "ABCDEF+LiberationSans".
        Assert.All(fontNames, n => Assert.Matches("^[A-Z]{6}\\+", n));
        Assert.Contains("/FontFile2", System.Text.Encoding.Latin1.GetString(pdf));
    }

    [Fact]
    public void Footer_PageNumbers_ShowPageAndCorrectTotal()
    {
        var document = new Document("Uji") { Footer = PageBand.PageNumbers() }
            .Add(new Paragraph("Satu"), new PageBreak(), new Paragraph("Dua"), new PageBreak(), new Paragraph("Tiga"));

        var pages = PdfRead.PageTexts(Renderer.Render(document));

        Assert.Equal(3, pages.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains($"Halaman {i + 1} dari 3", pages[i]);
        }
    }

    [Fact]
    public void Footer_EnglishTemplate_IsUsed()
    {
        var document = new Document("Test") { Footer = PageBand.PageNumbers("Page {0} of {1}", TextAlignment.Right) }
            .Add(new Paragraph("One"), new PageBreak(), new Paragraph("Two"));

        var pages = PdfRead.PageTexts(Renderer.Render(document));

        Assert.Contains("Page 2 of 2", pages[1]);
        Assert.DoesNotContain("Halaman", pages[1]);
    }

    [Fact]
    public void Header_SkipFirstPage_AppearsFromPageTwo()
    {
        var document = new Document("Uji") { Header = PageBand.Text("Laporan Kasus") with { SkipFirstPage = true, Rule = true } }
            .Add(new Paragraph("Satu"), new PageBreak(), new Paragraph("Dua"));

        var pages = PdfRead.PageTexts(Renderer.Render(document));

        Assert.DoesNotContain("Laporan Kasus", pages[0]);
        Assert.Contains("Laporan Kasus", pages[1]);
    }

    [Fact]
    public void Paragraph_Justified_NonLastLinesReachRightMarginAndLastLineDoesNot()
    {
        var document = new Document("Uji").Add(
            new Paragraph($"{Lorem} {Lorem} Akhir.") { Alignment = TextAlignment.Justify });

        var lines = PdfRead.PageLines(Renderer.Render(document))[0];

        Assert.True(lines.Count >= 4, $"expected several lines, got {lines.Count}");
        foreach (var line in lines.Take(lines.Count - 1))
        {
            Assert.Equal(BodyLeft, line[0].Letters[0].StartBaseLine.X, 0.5);
            Assert.Equal(BodyRight, line[^1].Letters[^1].EndBaseLine.X, 0.5);
        }

        Assert.Equal(BodyLeft, lines[^1][0].Letters[0].StartBaseLine.X, 0.5);
        Assert.True(lines[^1][^1].Letters[^1].EndBaseLine.X < BodyRight - 30, "the last line is not stretched");
    }

    [Fact]
    public void Paragraph_LeftAligned_IsRaggedRight()
    {
        var lines = PdfRead.PageLines(Renderer.Render(new Document("Uji").Add(new Paragraph($"{Lorem} {Lorem}"))))[0];

        Assert.Contains(lines.Take(lines.Count - 1), l => l[^1].Letters[^1].EndBaseLine.X < BodyRight - 2);
        Assert.All(lines, l => Assert.True(l[^1].Letters[^1].EndBaseLine.X <= BodyRight + 0.01));
    }

    [Fact]
    public void Paragraph_RightAndCenterAligned_LineUpOnTheirEdge()
    {
        var document = new Document("Uji").Add(
            new Paragraph("Kendari, 23 November 2026") { Alignment = TextAlignment.Right },
            new Paragraph("BERITA ACARA") { Alignment = TextAlignment.Center });

        var lines = PdfRead.PageLines(Renderer.Render(document))[0];

        Assert.Equal(BodyRight, lines[0][^1].Letters[^1].EndBaseLine.X, 0.5);
        var center = (lines[1][0].Letters[0].StartBaseLine.X + lines[1][^1].Letters[^1].EndBaseLine.X) / 2;
        Assert.Equal((BodyLeft + BodyRight) / 2, center, 0.5);
    }

    [Fact]
    public void Paragraph_WordLongerThanLine_IsBrokenWithinMargins()
    {
        var longWord = string.Concat(Enumerable.Repeat("B.123/BP3MI.SULTRA/XI/2026/", 12));

        var pdf = Renderer.Render(new Document("Uji").Add(new Paragraph($"Nomor {longWord} selesai")));

        using var read = PdfPigDocument.Open(pdf);
        var letters = read.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.All(letters, l => Assert.True(l.EndBaseLine.X <= BodyRight + 0.01, $"'{l.Value}' ends at {l.EndBaseLine.X}"));
        Assert.Equal(longWord.Length + "Nomorselesai".Length, letters.Count);
    }

    [Fact]
    public void Paragraph_HardLineBreaks_StartNewLines()
    {
        var lines = PdfRead.PageLines(Renderer.Render(new Document("Uji").Add(new Paragraph("Yth. Direktur\ndi\nJakarta"))))[0];

        Assert.Equal(["Yth. Direktur", "di", "Jakarta"], lines.Select(PdfRead.LineText));
    }

    [Fact]
    public void KeepTogether_BlockNotFittingOnPage_MovesWholeToNextPage()
    {
        var pages = PdfRead.PageTexts(Renderer.Render(FilledPageThen(keepTogether: true)));

        Assert.DoesNotContain("AWALBLOK", pages[0]);
        Assert.Contains("AWALBLOK", pages[1]);
        Assert.Contains("AKHIRBLOK", pages[1]);
    }

    [Fact]
    public void KeepTogether_Off_SameBlockIsSplitAcrossPages()
    {
        var pages = PdfRead.PageTexts(Renderer.Render(FilledPageThen(keepTogether: false)));

        Assert.Contains("AWALBLOK", pages[0]);
        Assert.Contains("AKHIRBLOK", pages[1]);
    }

    private static Document FilledPageThen(bool keepTogether) => new Document("Uji").Add(
        new Paragraph("Pembuka"),
        new Spacer(235),
        new Paragraph($"AWALBLOK {Lorem} {Lorem} {Lorem} AKHIRBLOK") { KeepTogether = keepTogether });

    [Fact]
    public void Heading_AtBottomOfPage_MovesWithFollowingParagraph()
    {
        // 257 mm of body: the opening paragraph and 233 mm leave room for the heading but not for a line after it.
        var document = new Document("Uji").Add(
            new Paragraph("Pembuka"),
            new Spacer(236),
            new Heading("JUDULBAGIAN", 2),
            new Paragraph(Lorem));

        var pages = PdfRead.PageTexts(Renderer.Render(document));

        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("JUDULBAGIAN", pages[0]);
        Assert.StartsWith("JUDULBAGIAN", pages[1]);
    }

    [Fact]
    public void Table_LongerThanPage_RepeatsHeaderOnEveryPage()
    {
        var rows = Enumerable.Range(1, 120).Select(i => new TableRow($"{i}", $"Kabupaten ke-{i}", $"R{i:000}"));
        var document = new Document("Uji") { Footer = PageBand.PageNumbers() }.Add(
            new Paragraph("Rekapitulasi"),
            new Table([new TableColumn("No.", ColumnWidth.Mm(12), TextAlignment.Right), new TableColumn("Wilayah", 3),
                new TableColumn("Kode", 1)], rows)
            { Zebra = true });

        var pages = PdfRead.PageTexts(Renderer.Render(document));

        Assert.True(pages.Count >= 3, $"120 rows should need several pages, got {pages.Count}");
        Assert.All(pages, p => Assert.Contains("No. Wilayah Kode", p));
        var codes = pages.SelectMany(p => p.Split(' ').Where(w => w.Length == 4 && w[0] == 'R' && char.IsDigit(w[1]))).ToList();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"R{i:000}"), codes);
    }

    [Fact]
    public void Table_MultiLineRows_AreNeverSplitAcrossPages()
    {
        var rows = Enumerable.Range(1, 40).Select(i => new TableRow($"{i}", $"A{i:00}A {Lorem} Z{i:00}Z"));
        var document = new Document("Uji").Add(new Table([new TableColumn("No.", ColumnWidth.Mm(12)), new TableColumn("Uraian", 1)], rows));

        var pages = PdfRead.PageTexts(Renderer.Render(document));

        Assert.True(pages.Count >= 2);
        for (var i = 1; i <= 40; i++)
        {
            var start = pages.FindIndex(p => p.Contains($"A{i:00}A", StringComparison.Ordinal));
            var end = pages.FindIndex(p => p.Contains($"Z{i:00}Z", StringComparison.Ordinal));
            Assert.True(start >= 0 && start == end, $"row {i} starts on page {start + 1} and ends on page {end + 1}");
        }
    }

    [Fact]
    public void Table_RowTallerThanPage_IsSplitAndKeepsAllText()
    {
        var huge = string.Join(" ", Enumerable.Range(1, 3000).Select(i => $"k{i}"));
        var document = new Document("Uji").Add(new Table([new TableColumn("Uraian")], [new TableRow(huge)]));

        var pages = PdfRead.PageTexts(Renderer.Render(document));

        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.StartsWith("Uraian", p));
        Assert.Contains("k1 ", pages[0]);
        Assert.EndsWith("k3000", pages[^1]);
    }

    [Fact]
    public void KeyValueBlock_LongValue_WrapsInValueColumn()
    {
        var document = new Document("Uji").Add(new KeyValueBlock(
            ("Nomor", "B.123/BP3MI.SULTRA/XI/2026"),
            ("Hal", "Undangan Mediasi Penyelesaian Perselisihan antara Pekerja Migran Indonesia dan Perusahaan Penempatan Pekerja Migran Indonesia")));

        var lines = PdfRead.PageLines(Renderer.Render(document))[0];

        Assert.Equal(3, lines.Count);
        Assert.Equal(["Nomor", ":", "B.123/BP3MI.SULTRA/XI/2026"], lines[0].Select(w => w.Text));
        Assert.Equal(["Hal", ":", "Undangan"], lines[1].Take(3).Select(w => w.Text));
        var valueX = lines[0][2].Letters[0].StartBaseLine.X;
        Assert.Equal(valueX, lines[1][2].Letters[0].StartBaseLine.X, 0.01);
        Assert.Equal(valueX, lines[2][0].Letters[0].StartBaseLine.X, 0.01);
        Assert.Equal(lines[0][1].Letters[0].StartBaseLine.X, lines[1][1].Letters[0].StartBaseLine.X, 0.01);
    }

    [Fact]
    public void ListBlock_Numbered_WrapsWithHangingIndent()
    {
        var document = new Document("Uji").Add(new ListBlock(ListStyle.Numbered, "Kepala Badan;", $"Gubernur Sulawesi Tenggara; {Lorem}"));

        var lines = PdfRead.PageLines(Renderer.Render(document))[0];

        Assert.Equal("1.", lines[0][0].Text);
        Assert.Equal("2.", lines[1][0].Text);
        Assert.Equal(lines[1][1].Letters[0].StartBaseLine.X, lines[2][0].Letters[0].StartBaseLine.X, 0.01);
    }

    [Fact]
    public void BarChart_AllZeroData_Renders()
    {
        var document = new Document("Uji").Add(new BarChart("Kasus", ("Muna", 0), ("Buton", 0)), new BarChart("Kosong"));

        var text = PdfRead.PageTexts(Renderer.Render(document))[0];

        Assert.Contains("Muna 0", text);
        Assert.Contains("Tidak ada data", text);
    }

    [Fact]
    public void BarChart_LongLabels_AreShortenedWithinLabelColumn()
    {
        var label = string.Join(" ", Enumerable.Repeat("Kabupaten Konawe Kepulauan", 6));
        var document = new Document("Uji").Add(new BarChart("Kasus", (label, 3), ("Muna", 12.5)));

        var pdf = Renderer.Render(document);

        using var read = PdfPigDocument.Open(pdf);
        var page = read.GetPage(1);
        Assert.Contains("…", page.Text);
        Assert.Contains("12,5", page.Text);
        Assert.All(page.Letters, l => Assert.InRange(l.StartBaseLine.X, BodyLeft - 0.01, BodyRight + 0.01));
    }

    [Fact]
    public void SignatureBlock_TwoSignatories_NamesSideBySideWithNip()
    {
        var document = new Document("Uji").Add(new SignatureBlock(
            new Signatory("PIHAK PERTAMA,", "Wa Ode Sitti", null),
            new Signatory("Kepala Balai,", "La Ode Rusdin", "197801012005011001"))
        { PlaceAndDate = "Kendari, 23 November 2026" });

        var lines = PdfRead.PageLines(Renderer.Render(document))[0];

        Assert.Equal("Kendari, 23 November 2026", PdfRead.LineText(lines[0]));
        Assert.True(lines[0][0].Letters[0].StartBaseLine.X > 297 * PdfRead.PointsPerMm / 2 - 100, "date over the right column");
        Assert.Equal("PIHAK PERTAMA, Kepala Balai,", PdfRead.LineText(lines[1]));
        Assert.Equal("Wa Ode Sitti La Ode Rusdin", PdfRead.LineText(lines[2]));
        Assert.Equal("NIP. 197801012005011001", PdfRead.LineText(lines[3]));
        var gap = lines[1][0].Letters[0].StartBaseLine.Y - lines[2][0].Letters[0].StartBaseLine.Y;
        Assert.True(gap > 15 * PdfRead.PointsPerMm, $"room to sign: {gap / PdfRead.PointsPerMm:0} mm");
    }

    [Fact]
    public void SignatureBlock_SingleSignatory_SitsInRightHalf()
    {
        var pdf = Renderer.Render(new Document("Uji").Add(new SignatureBlock(new Signatory("Kepala Balai,", "La Ode Rusdin"))));

        var lines = PdfRead.PageLines(pdf)[0];

        Assert.All(lines, l => Assert.True(l[0].Letters[0].StartBaseLine.X > (BodyLeft + BodyRight) / 2));
    }

    [Fact]
    public void SignatureBlock_NameWiderThanColumn_WrapsInsteadOfBeingCut()
    {
        const string name = "Prof. Dr. Hj. Wa Ode Sitti Nurhayati Aminah Rahmawati Kusumaningrum, S.H., M.H., M.Si.";
        var document = new Document("Uji").Add(new SignatureBlock(
            new Signatory("PIHAK PERTAMA,", name), new Signatory("PIHAK KEDUA,", "Budi"), new Signatory("SAKSI,", "Ani", "1990")));

        var text = PdfRead.PageTexts(Renderer.Render(document))[0];

        Assert.All(name.Split(' '), part => Assert.Contains(part, text));
        Assert.Contains("NIP. 1990", text);
    }

    [Fact]
    public void SignatureBlock_FourSignatories_IsRejected()
    {
        var signatory = new Signatory("Saksi,", "Nama");
        var document = new Document("Uji").Add(new SignatureBlock(signatory, signatory, signatory, signatory));

        var error = Assert.Throws<ArgumentException>(() => Renderer.Render(document));
        Assert.Contains("one to three", error.Message);
    }

    [Fact]
    public void Letterhead_LongOfficeName_StaysOnOneLineWithinMargins()
    {
        var pdf = Renderer.Render(new Document("Uji").Add(SampleDocuments.Letterhead()));

        var lines = PdfRead.PageLines(pdf)[0];

        Assert.Contains(lines, l => PdfRead.LineText(l) == "BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA SULAWESI TENGGARA");
        Assert.All(lines.SelectMany(l => l), w => Assert.InRange(w.BoundingBox.Right, BodyLeft, BodyRight + 0.01));
    }

    [Fact]
    public void SampleLetter_Renders_EveryBlockOnTwoPages()
    {
        var pdf = Renderer.Render(SampleDocuments.Letter());
        if (Environment.GetEnvironmentVariable("CASEDESK_SAMPLE_PDF") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, pdf);
        }

        var pages = PdfRead.PageTexts(pdf);
        var all = string.Join(" ", pages);
        Assert.Equal(2, pages.Count);
        Assert.Contains("Halaman 2 dari 2", pages[1]);
        Assert.Contains("Nomor : B.123/BP3MI.SULTRA/XI/2026", all);
        Assert.Contains("seratus empat juta lima ratus ribu rupiah", all);
        Assert.Contains("NIP. 197801012005011001", all);
        Assert.Contains("Tembusan:", all);
    }

    [Fact]
    public async Task Render_ConcurrentCallsOnOneRenderer_AllProduceTheSameText()
    {
        var expected = PdfRead.PageTexts(Renderer.Render(SampleDocuments.Letter()));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => PdfRead.PageTexts(Renderer.Render(SampleDocuments.Letter())))));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Render_OnePageLetter_IsFastAfterWarmUp()
    {
        var letter = SampleDocuments.Letter();
        Renderer.Render(letter);

        var times = Enumerable.Range(0, 15).Select(_ =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Renderer.Render(letter);
            return watch.Elapsed.TotalMilliseconds;
        }).Order().ToList();

        // Generous bound so a busy CI machine passes; the measured median is reported in the PR (a few ms).
        Assert.True(times[times.Count / 2] < 250, $"median {times[times.Count / 2]:0.0} ms");
    }
}
