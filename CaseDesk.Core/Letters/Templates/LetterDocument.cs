using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;

namespace CaseDesk.Core.Letters.Templates;

/// <summary>Why a re-printed letter is no longer valid.</summary>
public sealed record LetterCancellation(DateOnly Date, string Reason);

/// <summary>
/// Composes an official letter (Tata Naskah Dinas layout) from the snapshot it was issued with: letterhead, place and
/// date, Nomor/Sifat/Lampiran/Hal, addressee, the type's own body, signature and Tembusan. Letters are always in
/// Indonesian. Rendering the result is the <see cref="IPdfRenderer"/>'s job.
/// </summary>
public static class LetterDocument
{
    public static Document Compose(LetterSnapshot s, LetterCancellation? cancelled = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var document = new Document($"{s.Title} {s.Number}")
        {
            Subject = $"{s.Title} — {s.Case.ReferenceNumber}",
            FontSize = 11,
            Footer = PageBand.PageNumbers(),
        };
        document.Add(Kop(s));
        if (cancelled is not null)
        {
            document.Add(new Paragraph(
                [
                    TextRun.Bold("SURAT INI TELAH DIBATALKAN"),
                    new TextRun($" pada {IndonesianText.LongDate(cancelled.Date)}. Alasan: {cancelled.Reason}"),
                ])
            { Alignment = TextAlignment.Center, SpaceAfterPt = 10 });
        }

        var body = s.Type switch
        {
            LetterType.ComplaintReceipt => ComplaintReceiptLetter.Compose(s),
            LetterType.ClarificationInvitation => ClarificationInvitationLetter.Compose(s),
            LetterType.MediationInvitation => MediationInvitationLetter.Compose(s),
            LetterType.MediationMinutes => MediationMinutesLetter.Compose(s),
            LetterType.Referral => ReferralLetter.Compose(s),
            LetterType.RepatriationNotice => RepatriationNoticeLetter.Compose(s),
            LetterType.ClosureNotice => ClosureNoticeLetter.Compose(s),
            _ => throw new ArgumentOutOfRangeException(nameof(s), s.Type, "Unknown letter type."),
        };
        document.Add(body);
        return document;
    }

    /// <summary>The kop surat: parent agency and office, contact line, double rule.</summary>
    internal static Letterhead Kop(LetterSnapshot s)
    {
        var office = s.Office;
        var lines = office.Letterhead.Count > 0 ? office.Letterhead : [office.ParentAgency.ToUpperInvariant()];
        // The last heading line is the office itself (largest); the ones above are the parent agencies.
        return Letterhead.Create(lines.Take(lines.Count - 1), lines[^1],
            office.Address, $"Telepon {office.Phone} · Pos-el {office.Email}");
    }

    /// <summary>"Kendari, 23 November 2026" at the right, then Nomor / Sifat / Lampiran / Hal.</summary>
    internal static IEnumerable<Block> Heading(LetterSnapshot s, string subject, string attachment = "-")
    {
        yield return new Paragraph($"{s.City}, {s.IssuedDateText}") { Alignment = TextAlignment.Right, SpaceAfterPt = 4 };
        yield return new KeyValueBlock(
            ("Nomor", s.Number),
            ("Sifat", s.Case.Urgent ? "Segera" : "Biasa"),
            ("Lampiran", attachment),
            new KeyValue("Hal", subject, TextStyle.Bold))
        { LabelWidthMm = 22, SpaceAfterPt = 12 };
    }

    /// <summary>"Yth. …", the address lines, "di" and the place (or "Tempat").</summary>
    internal static Paragraph Addressee(LetterSnapshot s, string fallbackName, string? place = null)
    {
        var name = string.IsNullOrWhiteSpace(s.Details.AddresseeName) ? fallbackName : s.Details.AddresseeName!;
        var lines = new List<string> { "Kepada", $"Yth. {name}" };
        lines.AddRange(s.Details.AddresseeAddress.Where(l => !string.IsNullOrWhiteSpace(l)));
        lines.Add("di");
        lines.Add($"    {place ?? "Tempat"}");
        return new Paragraph(string.Join('\n', lines)) { SpaceAfterPt = 12 };
    }

    /// <summary>A justified body paragraph with the customary first-line indent.</summary>
    internal static Paragraph Body(params IEnumerable<TextRun> runs) =>
        new(runs) { Alignment = TextAlignment.Justify, FirstLineIndentMm = 12.5, SpaceAfterPt = 8 };

    internal static Paragraph Body(string text) => Body([new TextRun(text)]);

    /// <summary>The worker's identifying facts, indented under the paragraph that introduces them.</summary>
    internal static KeyValueBlock WorkerFacts(LetterSnapshot s, bool withEmployer = true)
    {
        var c = s.Case;
        var w = c.Worker;
        var items = new List<KeyValue> { new("Nama", w.Name, TextStyle.Bold), ("Jenis kelamin", w.SexLabel) };
        if (w.DateOfBirthText is { } born)
        {
            items.Add(("Tanggal lahir", born));
        }

        if (w.Nik is { } nik)
        {
            items.Add(("NIK", nik));
        }

        if (w.PassportNo is { } passport)
        {
            items.Add(("Nomor paspor", passport));
        }

        items.Add(("Alamat asal", Origin(w)));
        if (withEmployer)
        {
            if (c.DestinationCountryName is { } country)
            {
                items.Add(("Negara penempatan", country));
            }

            if (c.Employer?.Name is { } employer)
            {
                items.Add(("Pemberi kerja", employer));
            }

            if (c.PlacementCompanyName is { } p3mi)
            {
                items.Add(("P3MI", c.PlacementCompanyLicenceNo is { } licence ? $"{p3mi} (izin {licence})" : p3mi));
            }
        }

        items.Add(("Nomor registrasi", c.ReferenceNumber));
        return new KeyValueBlock(items) { LeftIndentMm = 12.5, LabelWidthMm = 42, SpaceAfterPt = 8 };
    }

    /// <summary>"Desa Lakudo, Kabupaten Buton Tengah".</summary>
    internal static string Origin(LetterWorker w) =>
        w.Village is { Length: > 0 } village ? $"{village}, {w.RegencyTitle}" : w.RegencyTitle;

    /// <summary>"Sdri. Wa Ode Sitti Marlina" (Sdr. for men).</summary>
    internal static string Honorific(LetterWorker w) => (w.Sex == Sex.Female ? "Sdri. " : "Sdr. ") + w.Name;

    /// <summary>The head of office's signature with place and date.</summary>
    internal static SignatureBlock HeadSignature(LetterSnapshot s) =>
        new(new Signatory($"{s.Signatory.Title},", s.Signatory.Name, s.Signatory.Nip))
        {
            KeepTogether = true,
        };

    /// <summary>"Tembusan:" and the numbered copies (the officer's list, else the defaults); nothing when empty.</summary>
    internal static IEnumerable<Block> CarbonCopies(LetterSnapshot s, params string[] defaults)
    {
        var copies = s.Details.CarbonCopies.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        if (copies.Count == 0)
        {
            copies = [.. defaults];
        }

        if (copies.Count == 0)
        {
            yield break;
        }

        yield return new Paragraph("Tembusan:") { KeepWithNext = true, SpaceBeforePt = 6, SpaceAfterPt = 0, FontSize = 10 };
        yield return new ListBlock(ListStyle.Numbered, copies.Select((c, i) => (ListItem)(c + (i == copies.Count - 1 ? "." : ";"))))
        { FontSize = 10 };
    }

    /// <summary>The officer's remarks as a closing paragraph before the courtesy sentence, when given.</summary>
    internal static IEnumerable<Block> Remarks(LetterSnapshot s)
    {
        if (!string.IsNullOrWhiteSpace(s.Details.Remarks))
        {
            yield return Body(s.Details.Remarks!.Trim());
        }
    }

    internal static string HeadTitle(LetterSnapshot s) => $"{s.Signatory.Title} {s.Office.Name}";
}
