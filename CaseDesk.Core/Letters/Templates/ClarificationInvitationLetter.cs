using CaseDesk.Core.Documents;
using static CaseDesk.Core.Letters.Templates.LetterDocument;

namespace CaseDesk.Core.Letters.Templates;

/// <summary>Surat Undangan Klarifikasi: asks the respondent (P3MI or employer) to clarify the complaint.</summary>
internal static class ClarificationInvitationLetter
{
    public static IEnumerable<Block> Compose(LetterSnapshot s)
    {
        var c = s.Case;
        var respondent = c.RespondentName ?? c.PlacementCompanyName ?? c.Employer?.Name ?? "Pimpinan P3MI";
        foreach (var block in Heading(s, "Undangan Klarifikasi Pengaduan"))
        {
            yield return block;
        }

        yield return Addressee(s, $"Pimpinan {respondent}");
        yield return Body(
            $"Menindaklanjuti pengaduan yang diterima {s.Office.Name} pada tanggal {c.OpenedDateText} melalui " +
            $"{c.ChannelLabel.ToLowerInvariant()} mengenai {c.CategoryLabel.ToLowerInvariant()}, atas nama Pekerja " +
            "Migran Indonesia sebagai berikut:");
        yield return WorkerFacts(s);

        if (s.MeetingDateText is { } date)
        {
            yield return Body("bersama ini kami mengundang Saudara untuk hadir memberikan klarifikasi pada:");
            yield return new KeyValueBlock(
                ("Hari, tanggal", date),
                ("Waktu", s.MeetingTimeText ?? "-"),
                ("Tempat", s.Details.MeetingPlace ?? s.Office.Name))
            { LeftIndentMm = 12.5, LabelWidthMm = 42, SpaceAfterPt = 8 };
            yield return Body(
                "dengan membawa dokumen yang berkaitan dengan penempatan pekerja migran tersebut, antara lain perjanjian " +
                "penempatan, perjanjian kerja, dan bukti pembayaran gaji.");
        }
        else
        {
            yield return Body(
                "bersama ini kami meminta Saudara untuk memberikan klarifikasi secara tertulis disertai dokumen yang " +
                "berkaitan dengan penempatan pekerja migran tersebut, antara lain perjanjian penempatan, perjanjian " +
                "kerja, dan bukti pembayaran gaji, paling lambat 15 (lima belas) hari kerja sejak surat ini diterima.");
        }

        foreach (var block in Remarks(s))
        {
            yield return block;
        }

        yield return Body("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.");
        yield return HeadSignature(s);
        foreach (var block in CarbonCopies(s, "Kepala Badan Pelindungan Pekerja Migran Indonesia di Jakarta",
            "Direktur Jenderal Pelindungan Kementerian P2MI di Jakarta"))
        {
            yield return block;
        }
    }
}
