using CaseDesk.Core.Documents;
using static CaseDesk.Core.Letters.Templates.LetterDocument;

namespace CaseDesk.Core.Letters.Templates;

/// <summary>Tanda Terima Pengaduan: handed to the complainant at intake, with the registration number.</summary>
internal static class ComplaintReceiptLetter
{
    public static IEnumerable<Block> Compose(LetterSnapshot s)
    {
        var c = s.Case;
        var complainant = c.Complainant;
        yield return new Heading("TANDA TERIMA PENGADUAN", 1) { Alignment = TextAlignment.Center, Underline = true, SpaceAfterPt = 0 };
        yield return new Paragraph($"Nomor: {s.Number}") { Alignment = TextAlignment.Center, SpaceAfterPt = 14 };

        yield return new Paragraph("Telah diterima pengaduan dari:") { SpaceAfterPt = 4 };
        var from = new List<KeyValue>();
        if (complainant is null)
        {
            from.Add(new("Nama", c.Worker.Name, TextStyle.Bold));
            from.Add(("Kedudukan", "Pekerja Migran Indonesia yang bersangkutan"));
            from.Add(("Nomor telepon", c.Worker.Phone ?? "-"));
        }
        else
        {
            from.Add(new("Nama", complainant.Name, TextStyle.Bold));
            from.Add(("Hubungan keluarga", complainant.Relation ?? "-"));
            from.Add(("Nomor telepon", complainant.Phone ?? "-"));
        }

        from.Add(("Saluran pengaduan", c.ChannelLabel));
        from.Add(("Tanggal diterima", c.OpenedDateText));
        yield return new KeyValueBlock(from) { LeftIndentMm = 12.5, LabelWidthMm = 42, SpaceAfterPt = 8 };

        yield return new Paragraph("mengenai Pekerja Migran Indonesia:") { SpaceAfterPt = 4 };
        yield return WorkerFacts(s);

        yield return new Paragraph("dengan pokok pengaduan:") { SpaceAfterPt = 4 };
        yield return new KeyValueBlock(
            new KeyValue("Kategori masalah", c.CategoryLabel, TextStyle.Bold),
            ("Uraian singkat", Summary(c.Narrative)))
        { LeftIndentMm = 12.5, LabelWidthMm = 42, SpaceAfterPt = 10 };

        yield return Body(
            new TextRun("Pengaduan tersebut telah dicatat dengan nomor registrasi "),
            TextRun.Bold(c.ReferenceNumber),
            new TextRun(" dan akan ditindaklanjuti oleh " + s.Office.Name + " sesuai dengan ketentuan peraturan " +
                "perundang-undangan. Perkembangan penanganan dapat ditanyakan kepada petugas dengan menyebutkan nomor " +
                "registrasi tersebut."));
        foreach (var block in Remarks(s))
        {
            yield return block;
        }

        yield return new SignatureBlock(
            new Signatory("Pengadu,", complainant?.Name ?? c.Worker.Name),
            new Signatory("Petugas Penerima,", s.IssuedByName))
        {
            PlaceAndDate = $"{s.City}, {s.IssuedDateText}",
            KeepTogether = true,
        };
    }

    /// <summary>The first sentences of the narrative, at most about 400 characters.</summary>
    internal static string Summary(string narrative)
    {
        var text = narrative.Trim();
        if (text.Length <= 400)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 400);
        return text[..(cut > 200 ? cut : 400)].TrimEnd(',', ';', ' ') + " …";
    }
}
