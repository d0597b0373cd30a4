using CaseDesk.Core.Documents;

namespace CaseDesk.Core.Reports;

/// <summary>
/// The office texts printed on reports: the letterhead (<i>kop surat</i>), the city of the place-and-date line and
/// the head of the office who signs. <see cref="Default"/> holds the office's defaults in one place, so a configured
/// profile (from the letter register's settings) can replace it without touching the documents.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>The parent organisation, one letterhead line each (bold, larger).</summary>
    public required IReadOnlyList<string> Organisation { get; init; }

    /// <summary>The office's own name, the letterhead's main line.</summary>
    public required string OfficeName { get; init; }

    /// <summary>Address, telephone, e-mail and web lines under the office name.</summary>
    public required IReadOnlyList<string> ContactLines { get; init; }

    /// <summary>The city in "Kendari, 23 November 2026".</summary>
    public required string City { get; init; }

    /// <summary>The signatory's title line, e.g. "Kepala Balai,".</summary>
    public required string HeadTitle { get; init; }

    /// <summary>The head of the office's name as printed under the signature.</summary>
    public required string HeadName { get; init; }

    /// <summary>The head of the office's civil-servant number (NIP), or <c>null</c> to print none.</summary>
    public string? HeadNip { get; init; }

    /// <summary>
    /// BP3MI Sulawesi Tenggara's letterhead. The signatory's name and NIP are dotted blanks to be filled in by hand
    /// until they are configured: a wrong name on a report to the Governor is worse than a blank one.
    /// </summary>
    public static ReportOptions Default { get; } = new()
    {
        Organisation = ["KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA"],
        OfficeName = "BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA SULAWESI TENGGARA",
        ContactLines =
        [
            "Jl. Brigjen Z.A. Sugianto No. 1, Kendari, Sulawesi Tenggara – Telepon (0401) 3125 600",
            "Pos-el bp3mi.sultra@kp2mi.go.id – Laman kp2mi.go.id",
        ],
        City = "Kendari",
        HeadTitle = "Kepala Balai,",
        HeadName = "................................................",
        HeadNip = "..........................................",
    };

    /// <summary>
    /// The office's configured texts (the "Letters" section): reports carry the same letterhead and signatory as the
    /// letters.
    /// </summary>
    public static ReportOptions From(Letters.LetterOptions letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var lines = letters.Letterhead;
        return new ReportOptions
        {
            Organisation = [.. lines.Take(lines.Count - 1)],
            OfficeName = lines[^1],
            ContactLines = [letters.Address, $"Telepon {letters.Phone} – Pos-el {letters.Email}"],
            City = letters.City,
            HeadTitle = $"{letters.Signatory.Title},",
            HeadName = letters.Signatory.Name,
            HeadNip = letters.Signatory.Nip,
        };
    }

    /// <summary>The letterhead block for these texts.</summary>
    public Letterhead Letterhead() => Documents.Letterhead.Create(Organisation, OfficeName, ContactLines);

    /// <summary>The closing signature of the head of the office, dated in <see cref="City"/>.</summary>
    public SignatureBlock HeadSignature(DateOnly date) =>
        new(new Signatory(HeadTitle, HeadName, HeadNip)) { PlaceAndDate = $"{City}, {IndonesianText.LongDate(date)}" };
}
