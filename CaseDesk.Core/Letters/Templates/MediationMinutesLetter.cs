using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using static CaseDesk.Core.Letters.Templates.LetterDocument;

namespace CaseDesk.Core.Letters.Templates;

/// <summary>
/// Berita Acara Mediasi: the official record of a mediation — parties, the outcome (agreement with its terms and the
/// settlement in figures and words, or failure and what follows), signed by both parties and the mediator.
/// </summary>
internal static class MediationMinutesLetter
{
    public static IEnumerable<Block> Compose(LetterSnapshot s)
    {
        var c = s.Case;
        var agreed = c.MediationOutcome == MediationOutcome.Agreement;
        var firstParty = c.Complainant?.Name ?? c.Worker.Name;
        var secondParty = c.RespondentName ?? c.PlacementCompanyName ?? c.Employer?.Name ?? "Pihak Teradu";
        var meetingDate = s.MeetingDateText ?? LetterFormatDay(s);

        yield return new Heading("BERITA ACARA MEDIASI", 1) { Alignment = TextAlignment.Center, Underline = true, SpaceAfterPt = 0 };
        yield return new Paragraph($"Nomor: {s.Number}") { Alignment = TextAlignment.Center, SpaceAfterPt = 14 };

        yield return Body(
            $"Pada hari ini, {meetingDate}, bertempat di {s.Details.MeetingPlace ?? s.Office.Name}, telah " +
            $"dilaksanakan mediasi atas pengaduan nomor registrasi {c.ReferenceNumber} mengenai " +
            $"{c.CategoryLabel.ToLowerInvariant()} antara:");
        yield return new Paragraph("PIHAK PERTAMA", TextStyle.Bold) { SpaceAfterPt = 2, KeepWithNext = true };
        var first = new List<KeyValue> { new("Nama", firstParty, TextStyle.Bold) };
        if (c.Complainant is { } complainant)
        {
            first.Add(("Kedudukan", $"{complainant.Relation ?? "Keluarga"} dari PMI {c.Worker.Name}"));
        }
        else
        {
            first.Add(("Kedudukan", "Pekerja Migran Indonesia"));
        }

        first.Add(("Alamat", Origin(c.Worker)));
        yield return new KeyValueBlock(first) { LeftIndentMm = 12.5, LabelWidthMm = 30, SpaceAfterPt = 6 };

        yield return new Paragraph("PIHAK KEDUA", TextStyle.Bold) { SpaceAfterPt = 2, KeepWithNext = true };
        var second = new List<KeyValue> { new("Nama", secondParty, TextStyle.Bold) };
        if (c.PlacementCompanyName is not null)
        {
            second.Add(("Kedudukan", "Perusahaan Penempatan Pekerja Migran Indonesia (P3MI)"));
        }
        else if (c.Employer?.TypeLabel is { } employerType)
        {
            second.Add(("Kedudukan", $"Pemberi kerja ({employerType.ToLowerInvariant()})"));
        }

        if (c.Representation is { } mission && c.PlacementCompanyName is null)
        {
            second.Add(("Difasilitasi oleh", mission));
        }

        yield return new KeyValueBlock(second) { LeftIndentMm = 12.5, LabelWidthMm = 30, SpaceAfterPt = 8 };

        if (agreed)
        {
            yield return Body("Setelah mendengar keterangan kedua belah pihak, para pihak sepakat sebagai berikut:");
            var terms = new List<ListItem>();
            if (c.SettlementAmount is { } amount)
            {
                terms.Add(new ListItem(
                [
                    new TextRun("PIHAK KEDUA membayar kepada PIHAK PERTAMA sebesar "),
                    TextRun.Bold(c.SettlementAmountText ?? IndonesianText.Rupiah(amount)),
                    new TextRun($" (terbilang: {c.SettlementAmountInWords ?? IndonesianText.Terbilang(amount)})."),
                ]));
            }

            if (c.MediationTerms is { } text)
            {
                terms.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(t => (ListItem)t));
            }

            terms.Add("Dengan dilaksanakannya kesepakatan ini, para pihak menyatakan permasalahan telah selesai dan " +
                "tidak akan saling menuntut di kemudian hari.");
            yield return new ListBlock(ListStyle.Numbered, terms) { LeftIndentMm = 12.5, Alignment = TextAlignment.Justify };
        }
        else
        {
            var referral = c.ReferralTargetLabel is { } target
                ? $" Selanjutnya pengaduan ini dirujuk kepada {target}" +
                  (c.ReferralDetail is { } detail ? $" ({detail})" : "") + " untuk ditindaklanjuti."
                : " Selanjutnya pengaduan ini ditindaklanjuti sesuai ketentuan peraturan perundang-undangan.";
            yield return Body(
                "Setelah mendengar keterangan kedua belah pihak, mediasi TIDAK MENCAPAI KESEPAKATAN." + referral);
        }

        foreach (var block in Remarks(s))
        {
            yield return block;
        }

        yield return Body(
            "Demikian Berita Acara Mediasi ini dibuat dengan sebenarnya dalam rangkap secukupnya untuk dipergunakan " +
            "sebagaimana mestinya.");
        yield return new SignatureBlock(
            new Signatory("PIHAK PERTAMA,", firstParty),
            new Signatory("PIHAK KEDUA,", secondParty),
            new Signatory("Mediator,", s.IssuedByName))
        {
            PlaceAndDate = $"{s.City}, {s.IssuedDateText}",
            KeepTogether = true,
        };
        yield return new Paragraph("Mengetahui,") { Alignment = TextAlignment.Center, SpaceAfterPt = 0, KeepWithNext = true };
        yield return new SignatureBlock(new Signatory($"{s.Signatory.Title},", s.Signatory.Name, s.Signatory.Nip))
        {
            KeepTogether = true,
            SpaceBeforePt = 0,
        };
    }

    private static string LetterFormatDay(LetterSnapshot s) => IndonesianText.LongDateWithDay(s.IssuedDate);
}
