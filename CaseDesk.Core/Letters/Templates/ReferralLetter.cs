using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using static CaseDesk.Core.Letters.Templates.LetterDocument;

namespace CaseDesk.Core.Letters.Templates;

/// <summary>Surat Rujukan / Rekomendasi: refers the case for advocacy to the police, Disnaker, KBRI/KJRI or HQ.</summary>
internal static class ReferralLetter
{
    public static IEnumerable<Block> Compose(LetterSnapshot s)
    {
        var c = s.Case;
        var addressee = c.ReferralTarget switch
        {
            ReferralTarget.Police => "Kepala Kepolisian Daerah Sulawesi Tenggara",
            ReferralTarget.Disnaker => $"Kepala Dinas Tenaga Kerja {c.Worker.RegencyTitle}",
            ReferralTarget.Representation => $"Kepala {c.Representation ?? "Perwakilan Republik Indonesia"}",
            ReferralTarget.MinistryDirectorate =>
                "Direktur Pelindungan dan Pemberdayaan Kementerian Pelindungan Pekerja Migran Indonesia",
            _ => c.ReferralTargetLabel ?? "Instansi terkait",
        };
        var place = c.ReferralTarget switch
        {
            ReferralTarget.Police => "Kendari",
            ReferralTarget.MinistryDirectorate => "Jakarta",
            _ => null,
        };
        var subject = c.ReferralTarget == ReferralTarget.Police ? "Rekomendasi Penanganan Perkara" : "Rujukan Penanganan Pengaduan";
        foreach (var block in Heading(s, subject))
        {
            yield return block;
        }

        yield return Addressee(s, addressee, place);
        yield return Body(
            $"Dengan hormat, bersama ini kami sampaikan bahwa {s.Office.Name} telah menerima pengaduan pada tanggal " +
            $"{c.OpenedDateText} mengenai {c.CategoryLabel.ToLowerInvariant()} atas nama Pekerja Migran Indonesia " +
            "sebagai berikut:");
        yield return WorkerFacts(s);
        var failed = c.MediationOutcome == MediationOutcome.Failed
            ? "Upaya penyelesaian melalui mediasi telah dilakukan namun tidak mencapai kesepakatan. "
            : "";
        yield return Body(
            $"{failed}Mengingat penanganan lebih lanjut berada dalam kewenangan {addressee}, bersama ini kami merujuk " +
            "pengaduan tersebut untuk ditindaklanjuti sesuai dengan ketentuan peraturan perundang-undangan, dalam " +
            "rangka pelindungan Pekerja Migran Indonesia sebagaimana diamanatkan Undang-Undang Nomor 18 Tahun 2017 " +
            "tentang Pelindungan Pekerja Migran Indonesia.");
        if (c.ReferralDetail is { } detail)
        {
            yield return Body($"Keterangan tambahan: {detail}");
        }

        foreach (var block in Remarks(s))
        {
            yield return block;
        }

        yield return Body(
            "Kami mohon kiranya perkembangan penanganan dapat diinformasikan kepada kami. Demikian disampaikan, atas " +
            "perhatian dan kerja samanya diucapkan terima kasih.");
        yield return HeadSignature(s);
        foreach (var block in CarbonCopies(s, "Kepala Badan Pelindungan Pekerja Migran Indonesia di Jakarta",
            "Gubernur Sulawesi Tenggara di Kendari"))
        {
            yield return block;
        }
    }
}
