using CaseDesk.Core.Documents;

namespace CaseDesk.Tests.Documents;

/// <summary>Documents shaped like the office's real ones, shared by the tests and the visual check.</summary>
internal static class SampleDocuments
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static Letterhead Letterhead() => Core.Documents.Letterhead.Create(
        ["KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA /", "BADAN PELINDUNGAN PEKERJA MIGRAN INDONESIA"],
        "BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA SULAWESI TENGGARA",
        "Jalan Contoh Alamat Nomor 1, Kendari 93111 – Telepon (0401) 000000",
        "Laman bp2mi.go.id • Pos-el bp3mi.sultra@example.go.id");

    public static Document Letter()
    {
        var number = $"B.123/BP3MI.SULTRA/{IndonesianText.RomanMonth(Today.Month)}/{Today.Year}";
        return new Document("Penyampaian Rekapitulasi Pengaduan")
        {
            FontSize = 11,
            Footer = PageBand.PageNumbers() with { SkipFirstPage = false },
        }
        .Add(
            Letterhead(),
            new Paragraph($"Kendari, {IndonesianText.LongDate(Today)}") { Alignment = TextAlignment.Right, SpaceAfterPt = 0 },
            new KeyValueBlock(
                ("Nomor", number),
                ("Sifat", "Biasa"),
                ("Lampiran", "1 (satu) berkas"),
                new KeyValue("Hal", "Penyampaian Rekapitulasi Pengaduan Pekerja Migran Indonesia Asal Sulawesi Tenggara Bulan November 2026", TextStyle.Bold))
            { LabelWidthMm = 22, SpaceAfterPt = 12 },
            new Paragraph("Yth. Kepala Badan Pelindungan Pekerja Migran Indonesia\nc.q. Direktur Pelindungan dan Pemberdayaan Kawasan Asia dan Afrika\ndi\nJakarta")
            { SpaceAfterPt = 12 },
            new Paragraph(
                "Sehubungan dengan pelaksanaan tugas pelindungan Pekerja Migran Indonesia (PMI) di wilayah kerja Balai Pelayanan Pelindungan Pekerja Migran Indonesia Sulawesi Tenggara, bersama ini kami sampaikan rekapitulasi pengaduan yang diterima selama bulan November 2026 – baik yang disampaikan langsung di kantor, melalui telepon, WhatsApp, surat, maupun rujukan dari Dinas Tenaga Kerja kabupaten/kota dan Perwakilan Republik Indonesia.")
            { Alignment = TextAlignment.Justify, FirstLineIndentMm = 12.5 },
            new Paragraph(
                "Sebagian besar pengaduan berasal dari Kabupaten Buton Tengah, Muna dan Bombana, dengan negara penempatan terbanyak Malaysia dan Arab Saudi. Rincian per kabupaten/kota adalah sebagai berikut:")
            { Alignment = TextAlignment.Justify, FirstLineIndentMm = 12.5 },
            new Table(
                [
                    new TableColumn("No.", ColumnWidth.Mm(12), TextAlignment.Right),
                    new TableColumn("Kabupaten/Kota", 3),
                    new TableColumn("Pengaduan", 1.2, TextAlignment.Right),
                    new TableColumn("Selesai", 1.2, TextAlignment.Right),
                    new TableColumn("Nilai Penyelesaian", 2, TextAlignment.Right),
                ],
                [
                    new TableRow("1", "Kabupaten Buton Tengah", "14", "9", IndonesianText.Rupiah(45_500_000)),
                    new TableRow("2", "Kabupaten Muna", "11", "7", IndonesianText.Rupiah(31_250_000)),
                    new TableRow("3", "Kabupaten Bombana", "8", "5", IndonesianText.Rupiah(15_750_000)),
                    new TableRow("4", "Kota Kendari", "6", "6", IndonesianText.Rupiah(12_000_000)),
                    new TableRow("5", "Kabupaten Konawe Selatan", "4", "2", IndonesianText.Rupiah(0)),
                    new TableRow("", "Jumlah", "43", "29", IndonesianText.Rupiah(104_500_000)) { Style = TextStyle.Bold },
                ])
            { Zebra = true },
            new BarChart("Pengaduan per Kabupaten/Kota, November 2026",
                ("Kabupaten Buton Tengah", 14), ("Kabupaten Muna", 11), ("Kabupaten Bombana", 8), ("Kota Kendari", 6),
                ("Kabupaten Konawe Selatan", 4), ("Kabupaten Konawe Kepulauan", 0)),
            new Paragraph(
                $"Nilai penyelesaian yang telah diterima oleh PMI dan keluarganya sebesar {IndonesianText.Rupiah(104_500_000)} ({IndonesianText.Terbilang(104_500_000)}). Demikian kami sampaikan, atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.")
            { Alignment = TextAlignment.Justify, FirstLineIndentMm = 12.5, KeepWithNext = true },
            new SignatureBlock(
                new Signatory("Mengetahui,\nKepala Balai,", "La Ode Rusdin", "197801012005011001"),
                new Signatory("Kepala Seksi Pelindungan\ndan Pemberdayaan,", "Wa Ode Nurhayati, S.H.", "198505122010122003"))
            { PlaceAndDate = $"Kendari, {IndonesianText.LongDate(Today)}" },
            new Paragraph("Tembusan:") { SpaceAfterPt = 0, KeepWithNext = true, FontSize = 10 },
            new ListBlock(ListStyle.Numbered,
                "Kepala Badan Pelindungan Pekerja Migran Indonesia;",
                "Gubernur Sulawesi Tenggara;",
                "Kepala Dinas Tenaga Kerja dan Transmigrasi Provinsi Sulawesi Tenggara.")
            { FontSize = 10 });
    }
}
