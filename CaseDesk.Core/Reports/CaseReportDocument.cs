using System.Globalization;
using System.Resources;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Workflow;

namespace CaseDesk.Core.Reports;

/// <summary>
/// A letter issued for the case, as listed in the case report's "Surat yang diterbitkan" section. The letter
/// register supplies these; until it does, the list is empty.
/// </summary>
/// <param name="Number">The letter number, e.g. "B.57/BP3MI-SULTRA/PP.02.01/XI/2026".</param>
/// <param name="Date">The date of the letter (office time).</param>
/// <param name="Title">What the letter is, e.g. "Surat Undangan Mediasi".</param>
/// <param name="Remark">Anything to add, e.g. "Dibatalkan", or <c>null</c>.</param>
public sealed record IssuedLetterLine(string Number, DateOnly Date, string Title, string? Remark = null);

/// <summary>
/// The case report (<i>Laporan Kasus</i>) for the case file: identity of the case, worker, complainant, placement,
/// complaint, outcome, the whole timeline and the letters issued. An internal document, so personal data is printed,
/// except that NIK and passport numbers are masked everywhere (printed pages travel).
/// </summary>
/// <remarks>The wording is the document's template and Indonesian, whatever the screen language.</remarks>
public static class CaseReportDocument
{
    private static readonly CultureInfo Id = CaseText.RecordCulture;

    // WorkflowText names steps only in the current UI culture; the report needs them in Indonesian.
    private static readonly ResourceManager WorkflowResources = new(typeof(WorkflowText));

    /// <summary>
    /// Composes the report. <paramref name="letters"/> is the extension point for the letter register: the letters
    /// issued for this case, oldest first (empty or <c>null</c> prints "Belum ada surat.").
    /// </summary>
    public static Document Create(CaseReportData data, DateTime generatedAtUtc, string? printedBy = null,
        IReadOnlyList<IssuedLetterLine>? letters = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ReportOptions.Default;
        var c = data.Case;
        var generated = ReportFormat.LongDateTime(generatedAtUtc);
        var footer = printedBy is { Length: > 0 }
            ? $"Dicetak oleh {printedBy} melalui CaseDesk pada {generated}."
            : $"Dokumen ini dihasilkan oleh CaseDesk pada {generated}.";

        var document = new Document($"Laporan Kasus {c.ReferenceNumber}")
        {
            Subject = $"{CaseText.Label(c.Kind, Id)} {c.ReferenceNumber}",
            FontSize = 10,
            Header = new PageBand
            {
                Left = _ => $"Laporan Kasus {c.ReferenceNumber}",
                Right = _ => "TERBATAS — memuat data pribadi",
                Rule = true,
                SkipFirstPage = true,
            },
            Footer = new PageBand
            {
                Left = _ => footer,
                Right = p => $"Halaman {p.Number} dari {p.Total}",
                Rule = true,
            },
        };

        document.Add(
            options.Letterhead() with { SpaceAfterPt = 10 },
            new Heading("LAPORAN KASUS") { Alignment = TextAlignment.Center, SpaceBeforePt = 0, SpaceAfterPt = 2 },
            new Paragraph($"Nomor Kasus: {c.ReferenceNumber}", TextStyle.Bold)
            {
                Alignment = TextAlignment.Center,
                SpaceAfterPt = 4,
            },
            new Paragraph("TERBATAS — untuk berkas kasus. Memuat data pribadi (UU Nomor 27 Tahun 2022 tentang "
                + "Pelindungan Data Pribadi); NIK dan nomor paspor disamarkan.", TextStyle.Italic)
            {
                Alignment = TextAlignment.Center,
                FontSize = 8,
                SpaceAfterPt = 6,
            });

        AddSection(document, "A. IDENTITAS KASUS", CaseIdentity(data));
        AddSection(document, "B. DATA PEKERJA MIGRAN", Worker(data));
        AddComplainant(document, c);
        AddSection(document, "D. PENEMPATAN", Placement(data));
        AddComplaint(document, c);
        AddOutcome(document, c);
        AddTimeline(document, data);
        AddLetters(document, letters ?? []);
        return document;
    }

    /// <summary>"Laporan-Kasus-ADU-2026-000123.pdf".</summary>
    public static string FileName(string referenceNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceNumber);
        var safe = string.Concat(referenceNumber.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-' ? ch : '-'));
        return $"Laporan-Kasus-{safe}.pdf";
    }

    private static IEnumerable<KeyValue> CaseIdentity(CaseReportData data)
    {
        var c = data.Case;
        yield return new KeyValue("Nomor kasus", c.ReferenceNumber, TextStyle.Bold);
        yield return ("Jenis kasus", CaseText.Label(c.Kind, Id));
        yield return ("Status", WorkflowText.Status(c.Status, Id));
        yield return ("Urgensi", UrgencyText(c));
        yield return ("Sektor", CaseText.Label(c.Sector, Id));
        yield return ("Tanggal diterima", ReportFormat.LongDateTime(c.CreatedAtUtc));
        yield return ("Terakhir diubah", ReportFormat.LongDateTime(c.UpdatedAtUtc));
        if (c.ClosedAtUtc is { } closed)
        {
            yield return ("Tanggal ditutup", ReportFormat.LongDateTime(closed));
        }

        yield return ("Petugas yang menangani", data.AssignedOfficerName ?? "Belum ditugaskan");
        if (c.LinkedCaseId is not null)
        {
            yield return ("Kasus terkait", data.LinkedCaseReference ?? "–");
        }
    }

    private static string UrgencyText(Case c)
    {
        var label = CaseText.Label(c.Urgency, Id);
        var reasons = new List<string>();
        if (Case.IsUrgentCategory(c.Category))
        {
            reasons.Add(CaseText.Label(c.Category, Id).ToLowerInvariant());
        }

        if (c.StrandedAbroad)
        {
            reasons.Add("terlantar di luar negeri");
        }

        if (c.UrgencyRaised)
        {
            reasons.Add("dinaikkan petugas");
        }

        return c.Urgency == Urgency.Urgent && reasons.Count > 0 ? $"{label} ({string.Join("; ", reasons)})" : label;
    }

    private static IEnumerable<KeyValue> Worker(CaseReportData data)
    {
        var c = data.Case;
        yield return new KeyValue(Field(nameof(Case.WorkerName)), c.WorkerName, TextStyle.Bold);
        yield return (Field(nameof(Case.WorkerNik)), Or(PersonalDataMask.Identity(c.WorkerNik)));
        yield return (Field(nameof(Case.WorkerPassportNo)), Or(PersonalDataMask.Identity(c.WorkerPassportNo)));
        yield return (Field(nameof(Case.WorkerSex)), CaseText.Label(c.WorkerSex, Id));
        yield return (Field(nameof(Case.WorkerDateOfBirth)), ReportFormat.LongDate(c.WorkerDateOfBirth));
        yield return (Field(nameof(Case.HomeRegencyCode)), data.RegencyName);
        yield return (Field(nameof(Case.HomeVillage)), Or(c.HomeVillage));
        yield return (Field(nameof(Case.WorkerPhone)), Or(PersonalDataMask.Phone(c.WorkerPhone)));
        yield return (Field(nameof(Case.DepartureDate)), ReportFormat.LongDate(c.DepartureDate));
        yield return ("Cara keberangkatan", CaseText.Get(c.NonProcedural ? "Report_NonProcedural" : "Report_Procedural", Id));
        if (c.UnderageAcknowledged)
        {
            yield return (Field(nameof(Case.UnderageAcknowledged)), CaseText.Get("Value_Yes", Id));
        }

        yield return ("Verifikasi identitas", c.IdentityVerifiedAtUtc is { } verified
            ? $"Terverifikasi oleh {data.IdentityVerifiedByName ?? "–"}, {ReportFormat.LongDateTime(verified)}"
            : "Belum diverifikasi");
    }

    private static void AddComplainant(Document document, Case c)
    {
        if (c.ComplainantName is null)
        {
            document.Add(new Heading("C. DATA PENGADU", 2), new Paragraph("Pengadu adalah pekerja sendiri."));
            return;
        }

        AddSection(document, "C. DATA PENGADU",
        [
            new KeyValue(Field(nameof(Case.ComplainantName)), c.ComplainantName, TextStyle.Bold),
            (Field(nameof(Case.ComplainantRelation)), Or(c.ComplainantRelation)),
            (Field(nameof(Case.ComplainantPhone)), Or(PersonalDataMask.Phone(c.ComplainantPhone))),
        ]);
    }

    private static IEnumerable<KeyValue> Placement(CaseReportData data)
    {
        var c = data.Case;
        yield return (Field(nameof(Case.DestinationCountryCode)), Or(data.CountryName));
        yield return (Field(nameof(Case.EmployerType)), c.EmployerType is { } type ? CaseText.Label(type, Id) : "–");
        yield return (Field(nameof(Case.EmployerName)), Or(c.EmployerName));
        yield return (Field(nameof(Case.EmployerCountryCode)), Or(data.EmployerCountryName ?? c.EmployerCountryCode));
        yield return ("Perusahaan penempatan (P3MI)", Or(c.PlacementCompanyName));
        yield return (Field(nameof(Case.PlacementCompanyLicenceNo)), Or(c.PlacementCompanyLicenceNo));
        yield return (Field(nameof(Case.Representation)), Or(c.Representation));
    }

    private static void AddComplaint(Document document, Case c)
    {
        AddSection(document, "E. PENGADUAN",
        [
            (Field(nameof(Case.Category)), CaseText.Label(c.Category, Id)),
            (Field(nameof(Case.Channel)), CaseText.Label(c.Channel, Id)),
            (Field(nameof(Case.StrandedAbroad)), CaseText.Get(c.StrandedAbroad ? "Value_Yes" : "Value_No", Id)),
        ]);
        document.Add(
            new Paragraph($"{Field(nameof(Case.Narrative))}:", TextStyle.Bold) { KeepWithNext = true, SpaceAfterPt = 2 },
            new Paragraph(PersonalDataMask.InText(c.Narrative, c.WorkerNik, c.WorkerPassportNo, c.WorkerPhone, c.ComplainantPhone))
            {
                Alignment = TextAlignment.Justify,
            });
    }

    private static void AddOutcome(Document document, Case c)
    {
        var items = new List<KeyValue>();
        if (c.MediationOutcome is { } outcome)
        {
            items.Add(("Hasil mediasi", CaseText.Label(outcome, Id)));
        }

        if (c.SettlementAmount is { } amount)
        {
            items.Add(("Nilai penyelesaian", $"{IndonesianText.Rupiah(amount)} ({IndonesianText.Terbilang(amount)})"));
        }

        if (c.MediationTerms is { } terms)
        {
            items.Add(("Isi kesepakatan", terms));
        }

        if (c.ReferralTarget is { } target)
        {
            items.Add(("Dirujuk kepada", CaseText.Label(target, Id)));
            items.Add(("Keterangan rujukan", Or(c.ReferralDetail)));
        }

        if (c.RejectionReason is { } reason)
        {
            items.Add(("Alasan penolakan", CaseText.Label(reason, Id)));
        }

        if (c.ArrivalAtUtc is { } arrival)
        {
            items.Add(("Kedatangan", ReportFormat.LongDateTime(arrival)));
            items.Add(("Tempat kedatangan (debarkasi)", Or(c.ArrivalPoint)));
        }

        if (c.HandedOverTo is { } handedOverTo)
        {
            items.Add(("Diserahterimakan kepada", handedOverTo));
        }

        if (c.ClosedAtUtc is { } closed)
        {
            items.Add(("Kasus ditutup", ReportFormat.LongDateTime(closed)));
        }

        if (c.AdministrativeClosureReason is { } ground)
        {
            items.Add(("Penutupan administratif", Closures.ClosureText.Summary(ground, Id)));
        }

        if (items.Count == 0)
        {
            document.Add(new Heading("F. HASIL PENANGANAN", 2),
                new Paragraph("Belum ada hasil penanganan yang dicatat.", TextStyle.Italic));
            return;
        }

        AddSection(document, "F. HASIL PENANGANAN", items);
    }

    private static void AddTimeline(Document document, CaseReportData data)
    {
        var c = data.Case;
        document.Add(new Heading("G. RIWAYAT PENANGANAN", 2));
        if (data.Timeline.Count == 0)
        {
            document.Add(new Paragraph("Belum ada riwayat.", TextStyle.Italic));
            return;
        }

        document.Add(new Table(
            [
                new TableColumn("No.", ColumnWidth.Mm(8), TextAlignment.Right),
                new TableColumn("Waktu (WITA)", ColumnWidth.Mm(24)),
                new TableColumn("Oleh", 2),
                new TableColumn("Langkah / Peristiwa", 3.3),
                new TableColumn("Keterangan", 5.9),
            ],
            data.Timeline.Select((e, i) => new TableRow(
                ReportFormat.Count(i + 1),
                // Date over time: the column stays narrow and every row reads the same.
                ReportFormat.ShortDateTime(e.AtUtc).Replace(' ', '\n'),
                e.ActorName,
                Step(e),
                PersonalDataMask.InText(Remarks(e), c.WorkerNik, c.WorkerPassportNo, c.WorkerPhone, c.ComplainantPhone))))
        {
            FontSize = 8.5,
            Zebra = true,
        });
    }

    private static string Step(TimelineEntry e)
    {
        if (e.Type != CaseEventType.Transition)
        {
            return CaseText.Label(e.Type, Id);
        }

        var step = e.Trigger is null ? null
            : WorkflowResources.GetString($"Trigger_{e.Trigger}", Id) ?? e.Trigger;
        var move = e.FromStatus is { } from && e.ToStatus is { } to
            ? $"{WorkflowText.Status(from, Id)} → {WorkflowText.Status(to, Id)}"
            : null;
        return (step, move) switch
        {
            ({ } s, { } m) => $"{s}\n({m})",
            ({ } s, null) => s,
            (null, { } m) => m,
            _ => CaseText.Label(e.Type, Id),
        };
    }

    /// <summary>What the step recorded, then the officer's note.</summary>
    private static string Remarks(TimelineEntry e)
    {
        var lines = new List<string>();
        if (e.Facts is { } facts)
        {
            if (facts.SettlementAmount is { } amount)
            {
                lines.Add($"Nilai penyelesaian: {IndonesianText.Rupiah(amount)} ({IndonesianText.Terbilang(amount)})");
            }

            if (facts.MediationTerms is { } terms)
            {
                lines.Add($"Isi kesepakatan: {terms}");
            }

            if (facts.ReferralTarget is { } target)
            {
                lines.Add($"Dirujuk kepada: {CaseText.Label(target, Id)}");
            }

            if (facts.ReferralDetail is { } detail)
            {
                lines.Add($"Keterangan rujukan: {detail}");
            }

            if (facts.RejectionReason is { } reason)
            {
                lines.Add($"Alasan penolakan: {CaseText.Label(reason, Id)}");
            }

            if (facts.ArrivalAtUtc is { } arrival)
            {
                lines.Add($"Kedatangan: {ReportFormat.ShortDateTime(arrival)} WITA"
                    + (facts.ArrivalPoint is { } point ? $", {point}" : ""));
            }

            if (facts.HandedOverTo is { } handedOverTo)
            {
                lines.Add($"Diserahterimakan kepada: {handedOverTo}");
            }

            if (facts.ClosureReason is { } ground)
            {
                lines.Add(Closures.ClosureText.Summary(ground, Id));
            }
        }

        if (!string.IsNullOrWhiteSpace(e.Note))
        {
            lines.Add(e.Note.Trim());
        }

        return string.Join("\n", lines);
    }

    private static void AddLetters(Document document, IReadOnlyList<IssuedLetterLine> letters)
    {
        document.Add(new Heading("H. SURAT YANG DITERBITKAN", 2));
        if (letters.Count == 0)
        {
            document.Add(new Paragraph("Belum ada surat.", TextStyle.Italic));
            return;
        }

        document.Add(new Table(
            [
                new TableColumn("No.", ColumnWidth.Mm(8), TextAlignment.Right),
                new TableColumn("Nomor Surat", 5.5),
                new TableColumn("Tanggal", ColumnWidth.Mm(32)),
                new TableColumn("Perihal", 4),
                new TableColumn("Keterangan", 1.8),
            ],
            letters.Select((l, i) => new TableRow(ReportFormat.Count(i + 1), l.Number, IndonesianText.LongDate(l.Date),
                l.Title, l.Remark ?? "")))
        {
            FontSize = 8.5,
            Zebra = true,
        });
    }

    private static void AddSection(Document document, string heading, IEnumerable<KeyValue> items) =>
        document.Add(new Heading(heading, 2), new KeyValueBlock(items) { LabelWidthMm = 55, FontSize = 9.5 });

    private static string Field(string property) => CaseText.Field(property, Id);

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value;
}
