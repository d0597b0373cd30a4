using CaseDesk.Core.Documents;
using static CaseDesk.Core.Letters.Templates.LetterDocument;

namespace CaseDesk.Core.Letters.Templates;

/// <summary>Surat Pemberitahuan Kepulangan: tells the home regency's labour office of the arrival and hand-over.</summary>
internal static class RepatriationNoticeLetter
{
    public static IEnumerable<Block> Compose(LetterSnapshot s)
    {
        var c = s.Case;
        foreach (var block in Heading(s, "Pemberitahuan Kepulangan Pekerja Migran Indonesia"))
        {
            yield return block;
        }

        yield return Addressee(s, $"Kepala Dinas Tenaga Kerja {c.Worker.RegencyTitle}");
        var from = c.DestinationCountryName is { } country ? $" dari {country}" : "";
        var mission = c.Representation is { } rep ? $" berkoordinasi dengan {rep}" : "";
        yield return Body(
            $"Dengan hormat, bersama ini kami beritahukan bahwa {s.Office.Name}{mission} telah memfasilitasi " +
            $"kepulangan Pekerja Migran Indonesia asal {c.Worker.RegencyTitle}{from} dengan data sebagai berikut:");
        yield return WorkerFacts(s);
        var arrival = new List<KeyValue>
        {
            ("Alasan kepulangan", c.CategoryLabel),
            ("Waktu kedatangan", c.ArrivalText ?? "-"),
            ("Tempat kedatangan", c.ArrivalPoint ?? "-"),
        };
        if (c.HandedOverTo is { } handedOver)
        {
            arrival.Add(new("Diserahterimakan kepada", handedOver, TextStyle.Bold));
        }

        yield return new KeyValueBlock(arrival) { LeftIndentMm = 12.5, LabelWidthMm = 42, SpaceAfterPt = 8 };
        yield return Body(
            "Sehubungan dengan hal tersebut, kami mohon bantuan Saudara untuk melakukan pemantauan dan pendampingan " +
            "lebih lanjut terhadap yang bersangkutan dan keluarganya, termasuk fasilitasi pemberdayaan PMI purna, " +
            "sesuai dengan kewenangan pemerintah kabupaten/kota sebagaimana diatur dalam Undang-Undang Nomor 18 Tahun " +
            "2017 tentang Pelindungan Pekerja Migran Indonesia.");
        foreach (var block in Remarks(s))
        {
            yield return block;
        }

        yield return Body("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.");
        yield return HeadSignature(s);
        foreach (var block in CarbonCopies(s, "Kepala Badan Pelindungan Pekerja Migran Indonesia di Jakarta",
            $"Bupati/Wali Kota {c.Worker.RegencyName}"))
        {
            yield return block;
        }
    }
}
