using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using static CaseDesk.Core.Letters.Templates.LetterDocument;

namespace CaseDesk.Core.Letters.Templates;

/// <summary>Surat Pemberitahuan Penyelesaian: tells the complainant how the case ended and that it is closed.</summary>
internal static class ClosureNoticeLetter
{
    public static IEnumerable<Block> Compose(LetterSnapshot s)
    {
        var c = s.Case;
        var complainant = c.Complainant?.Name ?? c.Worker.Name;
        foreach (var block in Heading(s, "Pemberitahuan Penyelesaian Pengaduan"))
        {
            yield return block;
        }

        yield return Addressee(s, $"Sdr/Sdri. {complainant}", c.Worker.RegencyTitle);
        yield return Body(
            $"Menindaklanjuti pengaduan Saudara yang kami terima pada tanggal {c.OpenedDateText} dengan nomor " +
            $"registrasi {c.ReferenceNumber} mengenai {c.CategoryLabel.ToLowerInvariant()} atas nama Pekerja Migran " +
            $"Indonesia {Honorific(c.Worker)}, bersama ini kami sampaikan hasil penanganannya sebagai berikut:");
        yield return new ListBlock(ListStyle.Numbered, Outcome(c)) { LeftIndentMm = 12.5, Alignment = TextAlignment.Justify };
        yield return Body(
            $"Dengan demikian penanganan pengaduan tersebut dinyatakan selesai dan ditutup" +
            (c.ClosedDateText is { } closed ? $" pada tanggal {closed}." : ".") +
            (c.AdministrativeClosure is null
                ? " Apabila di kemudian hari kesepakatan tidak dilaksanakan atau terdapat hal baru, Saudara dapat menghubungi "
                : " Apabila di kemudian hari terdapat hal baru, Saudara dapat menghubungi ") +
            $"{s.Office.Name} dengan menyebutkan nomor registrasi di atas.");
        foreach (var block in Remarks(s))
        {
            yield return block;
        }

        yield return Body("Demikian disampaikan, atas perhatian Saudara diucapkan terima kasih.");
        yield return HeadSignature(s);
        foreach (var block in CarbonCopies(s))
        {
            yield return block;
        }
    }

    private static IEnumerable<ListItem> Outcome(LetterCaseFacts c)
    {
        if (c.AdministrativeClosure is { } administrative)
        {
            // Instead of the mediation outcome: the ground of Pasal 30 the case was closed on.
            yield return $"Pengaduan Saudara ditutup secara administratif berdasarkan {administrative.LegalBasis} " +
                $"(kode {administrative.Code}): {administrative.Grounds}.";
            if (administrative.Reason == Closures.AdministrativeClosureReason.HandedToOtherAgency
                && c.ReferralTargetLabel is { } agency)
            {
                yield return $"Penanganan pengaduan dilimpahkan kepada {agency}" +
                    (c.ReferralDetail is { } where ? $" ({where.TrimEnd('.')})." : ".");
            }

            if (c.ClosingNote is { } closingNote)
            {
                yield return $"Catatan penutupan: {closingNote}";
            }

            yield break;
        }

        if (c.MediationOutcome == MediationOutcome.Agreement)
        {
            yield return "Mediasi antara para pihak telah mencapai kesepakatan" +
                (c.RespondentName is { } r ? $" dengan {r}." : ".");
            if (c.SettlementAmount is { } amount)
            {
                yield return new ListItem(
                [
                    new TextRun("Nilai penyelesaian yang disepakati sebesar "),
                    TextRun.Bold(c.SettlementAmountText ?? IndonesianText.Rupiah(amount)),
                    new TextRun($" (terbilang: {c.SettlementAmountInWords ?? IndonesianText.Terbilang(amount)})."),
                ]);
            }

            if (c.MediationTerms is { } terms)
            {
                yield return $"Isi kesepakatan: {terms}";
            }
        }
        else if (c.ReferralTargetLabel is { } target)
        {
            yield return (c.MediationOutcome == MediationOutcome.Failed
                ? "Mediasi tidak mencapai kesepakatan; pengaduan telah dirujuk kepada "
                : "Pengaduan telah dirujuk kepada ") + target +
                (c.ReferralDetail is { } detail ? $" ({detail})" : "") + " untuk penanganan lebih lanjut.";
        }

        if (c.HandedOverTo is { } handedOver)
        {
            yield return $"Pekerja Migran Indonesia telah dipulangkan ({c.ArrivalText ?? "-"}) dan diserahterimakan " +
                $"kepada {handedOver}.";
        }

        if (c.ClosingNote is { } note)
        {
            yield return $"Catatan penutupan: {note}";
        }

        if (c.MediationOutcome is null && c.ReferralTargetLabel is null && c.HandedOverTo is null && c.ClosingNote is null)
        {
            yield return "Penanganan pengaduan telah selesai dilaksanakan.";
        }
    }
}
