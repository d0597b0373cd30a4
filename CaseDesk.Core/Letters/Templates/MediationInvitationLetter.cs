using CaseDesk.Core.Documents;
using static CaseDesk.Core.Letters.Templates.LetterDocument;

namespace CaseDesk.Core.Letters.Templates;

/// <summary>Surat Undangan Mediasi: invites both parties to the mediation meeting (date, time, place).</summary>
internal static class MediationInvitationLetter
{
    public static IEnumerable<Block> Compose(LetterSnapshot s)
    {
        var c = s.Case;
        var respondent = c.RespondentName ?? c.PlacementCompanyName ?? c.Employer?.Name ?? "pihak teradu";
        var complainant = c.Complainant?.Name ?? c.Worker.Name;
        foreach (var block in Heading(s, "Undangan Mediasi"))
        {
            yield return block;
        }

        yield return Addressee(s, $"{complainant} dan Pimpinan {respondent}");
        var viaRepresentation = c.Representation is { } mission && c.PlacementCompanyName is null
            ? $" dengan fasilitasi {mission}"
            : "";
        yield return Body(
            $"Dalam rangka penyelesaian pengaduan Pekerja Migran Indonesia {Honorific(c.Worker)} " +
            $"(nomor registrasi {c.ReferenceNumber}) mengenai {c.CategoryLabel.ToLowerInvariant()}, bersama ini kami " +
            $"mengundang para pihak untuk hadir dalam pertemuan mediasi{viaRepresentation} yang akan dilaksanakan pada:");
        yield return new KeyValueBlock(
            new KeyValue("Hari, tanggal", s.MeetingDateText ?? "-", TextStyle.Bold),
            new KeyValue("Waktu", s.MeetingTimeText ?? "-", TextStyle.Bold),
            ("Tempat", s.Details.MeetingPlace ?? s.Office.Name),
            ("Acara", "Mediasi penyelesaian pengaduan"))
        { LeftIndentMm = 12.5, LabelWidthMm = 42, SpaceAfterPt = 8 };
        yield return Body(
            "Para pihak diharapkan hadir sendiri atau diwakili oleh kuasa yang sah dengan membawa identitas diri dan " +
            "dokumen pendukung. Apabila salah satu pihak tidak hadir tanpa alasan yang sah, mediasi dapat dinyatakan " +
            "tidak mencapai kesepakatan dan pengaduan ditindaklanjuti sesuai ketentuan.");
        foreach (var block in Remarks(s))
        {
            yield return block;
        }

        yield return Body("Demikian undangan ini disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.");
        yield return HeadSignature(s);
        foreach (var block in CarbonCopies(s, "Kepala Badan Pelindungan Pekerja Migran Indonesia di Jakarta",
            $"Kepala Dinas Tenaga Kerja {c.Worker.RegencyTitle}"))
        {
            yield return block;
        }
    }
}
