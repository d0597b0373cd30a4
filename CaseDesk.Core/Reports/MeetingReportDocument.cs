using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Workflow;

namespace CaseDesk.Core.Reports;

/// <summary>
/// The coordination-meeting report (<i>Laporan Rapat Koordinasi</i>) composed from <see cref="MeetingReportData"/>:
/// summary figures, every breakdown as a table with shares and a total, charts, outcomes, the ageing of open cases,
/// the head of the office's signature and, as an annex, the list of cases received — identified by reference and
/// initials only, never by NIK, passport, telephone or name.
/// </summary>
/// <remarks>
/// The wording is the document's template: reports go to provincial and district meetings, so they are Indonesian
/// whatever language the screen that asked for them uses. Labels of enums come from the same resources as the UI.
/// </remarks>
public static class MeetingReportDocument
{
    public const string Title = "LAPORAN PENANGANAN KASUS PEKERJA MIGRAN INDONESIA — RAPAT KOORDINASI";

    private const string Province = "Provinsi Sulawesi Tenggara";
    private const double ListFontSize = 7;

    // Report pages keep the letter's binding edge but give tables a little more room.
    private static readonly PageSetup Page = PageSetup.A4 with { Margins = new Margins(18, 15, 18, 20) };

    /// <summary>Composes the report; <paramref name="generatedAtUtc"/> is printed on every page.</summary>
    public static Document Create(MeetingReportData data, DateTime generatedAtUtc, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ReportOptions.Default;
        var period = ReportFormat.Period(data.Period);
        var scope = Scope(data);
        var generated = ReportFormat.LongDateTime(generatedAtUtc);
        var today = DateOnly.FromDateTime(ReportFormat.ToWita(generatedAtUtc));

        var document = new Document(Title)
        {
            Subject = $"{scope}, {period}",
            Page = Page,
            FontSize = 10,
            Header = new PageBand
            {
                Left = _ => "Laporan Penanganan Kasus PMI — Rapat Koordinasi",
                Right = _ => $"{scope} · {period}",
                Rule = true,
                SkipFirstPage = true,
            },
            Footer = new PageBand
            {
                Left = _ => $"Dokumen ini dihasilkan oleh CaseDesk pada {generated}.",
                Right = p => $"Halaman {p.Number} dari {p.Total}",
                Rule = true,
            },
        };

        document.Add(
            options.Letterhead() with { SpaceAfterPt = 10 },
            new Heading("LAPORAN PENANGANAN KASUS PEKERJA MIGRAN INDONESIA\nRAPAT KOORDINASI")
            {
                Alignment = TextAlignment.Center,
                SpaceBeforePt = 0,
                SpaceAfterPt = 8,
            },
            new KeyValueBlock(("Periode", period), ("Wilayah", scope), ("Tanggal laporan", generated))
            {
                LabelWidthMm = 32,
                SpaceAfterPt = 4,
            });

        // The figures a meeting asks for first fill the first page, then the breakdowns; the charts come together in
        // the last section, so no chart is pushed away from its table and no page is left half empty.
        var ageing = data.OpenAgeing.Select(a => a with { Label = AgeLabel(a.Key) }).ToList();
        AddSummary(document, data, today);
        AddOutcomes(document, data);
        AddAgeing(document, data, ageing, today);
        AddBreakdowns(document, data);
        AddCharts(document, data, ageing);

        document.Add(
            new Paragraph("Demikian laporan ini disampaikan sebagai bahan Rapat Koordinasi penanganan kasus Pekerja "
                + "Migran Indonesia asal Sulawesi Tenggara. Rincian kasus terlampir.")
            {
                Alignment = TextAlignment.Justify,
                SpaceBeforePt = 8,
                KeepWithNext = true,
            },
            options.HeadSignature(today));

        AddCaseList(document, data, period, scope);
        return document;
    }

    /// <summary>"Laporan-Rapat-Koordinasi-2026-10-01-2026-11-23.pdf" (with "-7414" for one regency).</summary>
    public static string FileName(ReportPeriod period, string? regencyCode)
    {
        ArgumentNullException.ThrowIfNull(period);
        var regency = string.IsNullOrEmpty(regencyCode) ? "" : $"-{regencyCode}";
        return $"Laporan-Rapat-Koordinasi-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}{regency}.pdf";
    }

    private static string Scope(MeetingReportData data) =>
        data.RegencyCode is null ? Province : $"Kabupaten/Kota: {data.RegencyName ?? data.RegencyCode}";

    private static void AddSummary(Document document, MeetingReportData data, DateOnly today)
    {
        var received = data.Received;
        var nonProcedural = data.ByDeparture.FirstOrDefault(r => r.Key == "NonProcedural")?.Count ?? 0;
        var money = data.Outcomes.MoneyRecovered;

        document.Add(new Heading("A. RINGKASAN", 2), new Paragraph(Narrative(data)) { Alignment = TextAlignment.Justify });
        document.Add(new Table(
            [
                new TableColumn("No.", ColumnWidth.Mm(10), TextAlignment.Center),
                new TableColumn("Uraian", 4.5),
                new TableColumn("Jumlah", ColumnWidth.Mm(27), TextAlignment.Right),
                new TableColumn("Keterangan", 5.5),
            ],
            [
                new TableRow("1", "Kasus diterima dalam periode", ReportFormat.Count(received),
                    "Pengaduan, mediasi dan pemulangan"),
                new TableRow("2", "Kasus selesai (ditutup) dalam periode", ReportFormat.Count(data.ClosedInPeriod),
                    "Termasuk kasus dari periode sebelumnya"),
                new TableRow("3", "Kasus masih dalam penanganan", ReportFormat.Count(data.OpenNow),
                    $"Keadaan per {IndonesianText.LongDate(today)}"),
                new TableRow("4", "Kesepakatan mediasi", ReportFormat.Count(data.Outcomes.Agreements),
                    "Dari kasus yang diterima dalam periode"),
                new TableRow("5", "Nilai penyelesaian (hak PMI yang dibayarkan)", IndonesianText.Rupiah(money),
                    $"Terbilang: {IndonesianText.Terbilang(money)}"),
                new TableRow("6", "Keberangkatan non-prosedural", ReportFormat.Count(nonProcedural),
                    $"{ReportFormat.Percent(nonProcedural, received)} dari kasus yang diterima"),
            ])
        { KeepTogether = true });
    }

    /// <summary>A sentence or three for the chair to read out: totals, kinds and where most cases come from.</summary>
    private static string Narrative(MeetingReportData data)
    {
        var where = data.RegencyCode is null
            ? "asal Provinsi Sulawesi Tenggara"
            : $"asal Kabupaten/Kota {data.RegencyName ?? data.RegencyCode}";
        if (data.Received == 0)
        {
            return $"Selama periode {ReportFormat.Period(data.Period)} tidak ada kasus Pekerja Migran Indonesia (PMI) "
                + $"{where} yang diterima BP3MI Sulawesi Tenggara.";
        }

        var kinds = string.Join(", ", data.ByKind.Where(k => k.Count > 0)
            .Select(k => $"{ReportFormat.Count(k.Count)} {k.Label.ToLowerInvariant()}"));
        var text = $"Selama periode {ReportFormat.Period(data.Period)} BP3MI Sulawesi Tenggara menerima "
            + $"{ReportFormat.Count(data.Received)} kasus Pekerja Migran Indonesia (PMI) {where}, terdiri atas {kinds}.";
        if (data.RegencyCode is null)
        {
            text += $" Kabupaten/kota asal terbanyak: {Top(data.ByRegency)}.";
        }

        var countries = data.ByCountry.Where(c => c.Key.Length > 0).ToList();
        if (countries.Count > 0)
        {
            text += $" Negara penempatan terbanyak: {Top(countries)}.";
        }

        return text + $" Masalah terbanyak: {Top(data.ByCategory, lowerCase: true)}.";
    }

    private static string Top(IEnumerable<CountRow> rows, bool lowerCase = false) =>
        string.Join(", ", rows.Where(r => r.Count > 0).OrderByDescending(r => r.Count).ThenBy(r => r.Label).Take(3)
            .Select(r => $"{(lowerCase ? r.Label.ToLowerInvariant() : r.Label)} ({ReportFormat.Count(r.Count)})"));

    private static void AddBreakdowns(Document document, MeetingReportData data)
    {
        document.Add(
            new Heading("D. RINCIAN KASUS YANG DITERIMA", 2),
            Caption("D.1 Menurut kabupaten/kota asal"), Breakdown("Kabupaten/Kota", data.ByRegency),
            Caption("D.2 Menurut jenis kasus"), Breakdown("Jenis Kasus", data.ByKind),
            Caption("D.3 Menurut kategori masalah"), Breakdown("Kategori Masalah", data.ByCategory),
            Caption("D.4 Menurut negara penempatan"), Breakdown("Negara Penempatan", data.ByCountry),
            Caption("D.5 Menurut sektor pekerjaan"), Breakdown("Sektor", data.BySector),
            Caption("D.6 Menurut cara keberangkatan"), Breakdown("Cara Keberangkatan", data.ByDeparture),
            Caption("D.7 Menurut status penanganan (keadaan saat laporan dibuat)"), Breakdown("Status", data.ByStatus));
    }

    private static void AddCharts(Document document, MeetingReportData data, IReadOnlyList<CountRow> ageing)
    {
        var number = 0;
        string Next(string title) => $"Grafik {++number}. {title}";

        document.Add(new Heading("E. GRAFIK", 2));
        if (data.RegencyCode is null)
        {
            document.Add(Chart(Next("Kasus menurut kabupaten/kota asal"), data.ByRegency, skipZero: false));
        }

        document.Add(
            Chart(Next("Kasus menurut kategori masalah"), data.ByCategory, skipZero: true),
            Chart(Next("Kasus menurut negara penempatan"), data.ByCountry, skipZero: true),
            Chart(Next("Umur kasus yang masih ditangani"), ageing, skipZero: false, byCount: false));
    }

    private static void AddOutcomes(Document document, MeetingReportData data)
    {
        var o = data.Outcomes;
        document.Add(
            new Heading("B. HASIL PENANGANAN", 2),
            new Paragraph("Hasil penanganan kasus yang diterima dalam periode, keadaan saat laporan dibuat.")
            {
                KeepWithNext = true,
            },
            new Table(
                [
                    new TableColumn("No.", ColumnWidth.Mm(10), TextAlignment.Center),
                    new TableColumn("Hasil", 5),
                    new TableColumn("Jumlah", ColumnWidth.Mm(45), TextAlignment.Right),
                ],
                [
                    new TableRow("1", "Mediasi mencapai kesepakatan", ReportFormat.Count(o.Agreements)),
                    new TableRow("2", "Mediasi tidak mencapai kesepakatan", ReportFormat.Count(o.MediationFailures)),
                    new TableRow("3", "Dirujuk (kepolisian, Disnaker, KBRI/KJRI, direktorat KemenP2MI)",
                        ReportFormat.Count(o.Referrals)),
                    new TableRow("4", "Ditolak", ReportFormat.Count(o.Rejected)),
                    new TableRow("5", "Dicabut oleh pengadu", ReportFormat.Count(o.Withdrawn)),
                    new TableRow("6", "Ditutup (selesai)", ReportFormat.Count(o.Closed)),
                    new TableRow("7", "Nilai penyelesaian yang dibayarkan kepada PMI/keluarga",
                        IndonesianText.Rupiah(o.MoneyRecovered)),
                ])
            { KeepTogether = true });
    }

    private static void AddAgeing(Document document, MeetingReportData data, IReadOnlyList<CountRow> ageing,
        DateOnly today)
    {
        var asOf = data.Period.To < today ? data.Period.To : today;
        document.Add(
            new Heading("C. UMUR KASUS YANG MASIH DITANGANI", 2),
            new Paragraph($"Kasus yang masih dalam penanganan menurut lamanya sejak dicatat, dihitung per "
                + $"{IndonesianText.LongDate(asOf)}.")
            {
                KeepWithNext = true,
            },
            Breakdown("Umur Kasus", ageing));
    }

    private static string AgeLabel(string key) => key switch
    {
        ">90" => "Lebih dari 90 hari",
        _ => key.Replace("-", "–", StringComparison.Ordinal) + " hari",
    };

    private static void AddCaseList(Document document, MeetingReportData data, string period, string scope)
    {
        document.Add(
            new PageBreak(),
            new Heading("LAMPIRAN\nDAFTAR KASUS YANG DITERIMA", 2) { Alignment = TextAlignment.Center, SpaceAfterPt = 2 },
            new Paragraph($"{scope} · Periode {period}")
            {
                Alignment = TextAlignment.Center,
                FontSize = 9,
                SpaceAfterPt = 8,
            });

        if (data.Cases.Count == 0)
        {
            document.Add(new Paragraph("Tidak ada kasus yang diterima dalam periode ini.", TextStyle.Italic));
            return;
        }

        document.Add(
            new Table(
                [
                    // Fixed widths fit the longest value of their column on one line at this size.
                    new TableColumn("No.", ColumnWidth.Mm(8), TextAlignment.Right),
                    new TableColumn("Nomor Kasus", ColumnWidth.Mm(24.5)),
                    new TableColumn("Tanggal", ColumnWidth.Mm(16)),
                    new TableColumn("Inisial", 12.5),
                    new TableColumn("L/P", ColumnWidth.Mm(7.5), TextAlignment.Center),
                    new TableColumn("Kab./Kota", 19.5),
                    new TableColumn("Negara", 17),
                    new TableColumn("Kategori Masalah", 28),
                    new TableColumn("Status", 22.5),
                    new TableColumn("Penyelesaian", ColumnWidth.Mm(20.5), TextAlignment.Right),
                ],
                data.Cases.Select((c, i) => new TableRow(
                    ReportFormat.Count(i + 1),
                    c.ReferenceNumber,
                    ReportFormat.ShortDate(c.CreatedAtUtc),
                    c.WorkerInitials,
                    c.WorkerSex == Sex.Male ? "L" : "P",
                    c.RegencyName,
                    c.CountryName ?? "–",
                    CaseText.Label(c.Category, CaseText.RecordCulture),
                    WorkflowText.Status(c.Status, CaseText.RecordCulture),
                    c.SettlementAmount is { } amount ? IndonesianText.Rupiah(amount) : "–")))
            {
                FontSize = ListFontSize,
                Zebra = true,
                SpaceAfterPt = 4,
            },
            new Paragraph("Keterangan: L = laki-laki, P = perempuan. Pekerja ditulis dengan inisial; NIK, nomor paspor, "
                + "nomor telepon dan nama lengkap tidak dicantumkan dalam laporan ini (UU Nomor 27 Tahun 2022 tentang "
                + "Pelindungan Data Pribadi).")
            {
                FontSize = 8,
            });
    }

    private static Paragraph Caption(string text) =>
        new(text, TextStyle.Bold) { KeepWithNext = true, SpaceBeforePt = 6, SpaceAfterPt = 3 };

    /// <summary>A breakdown table: every row with its count and share, then the total.</summary>
    private static Table Breakdown(string header, IReadOnlyList<CountRow> rows)
    {
        var total = rows.Sum(r => r.Count);
        return new Table(
            [
                new TableColumn("No.", ColumnWidth.Mm(10), TextAlignment.Center),
                new TableColumn(header, 5),
                new TableColumn("Jumlah", ColumnWidth.Mm(28), TextAlignment.Right),
                new TableColumn("Persentase", ColumnWidth.Mm(28), TextAlignment.Right),
            ],
            [
                .. rows.Select((r, i) => new TableRow(ReportFormat.Count(i + 1), r.Label, ReportFormat.Count(r.Count),
                    ReportFormat.Percent(r.Count, total))),
                new TableRow("", "Jumlah", ReportFormat.Count(total), total == 0 ? "–" : "100,0%")
                {
                    Style = TextStyle.Bold,
                },
            ])
        { Zebra = true, KeepTogether = rows.Count <= 20 };
    }

    /// <summary>A bar chart, largest first unless the rows have an order of their own (age buckets).</summary>
    private static BarChart Chart(string title, IEnumerable<CountRow> rows, bool skipZero, bool byCount = true)
    {
        var shown = rows.Where(r => !skipZero || r.Count > 0);
        if (byCount)
        {
            shown = shown.OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal);
        }

        return new(title, shown.Select(r => new BarChartItem(r.Label, r.Count)))
        {
            FontSize = 8,
            BarHeightMm = 3.5,
            SpaceBeforePt = 6,
            SpaceAfterPt = 12,
        };
    }
}
