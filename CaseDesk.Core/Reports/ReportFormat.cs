using System.Globalization;
using System.Text.RegularExpressions;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;

namespace CaseDesk.Core.Reports;

/// <summary>
/// How printed reports write numbers, shares, times and identity numbers: the Indonesian way and in office time
/// (WITA), whatever the reader's screen language.
/// </summary>
public static partial class ReportFormat
{
    private const char MaskChar = '•';

    /// <summary>"1.234".</summary>
    public static string Count(long count) => count.ToString("N0", IndonesianText.NumberFormat);

    /// <summary>"57,9%" (one decimal); "–" when there is nothing to take a share of.</summary>
    public static string Percent(long part, long total) =>
        total == 0 ? "–" : (100.0 * part / total).ToString("N1", IndonesianText.NumberFormat) + "%";

    /// <summary>An instant in office time.</summary>
    public static DateTime ToWita(DateTime utc) => OfficeTime.FromUtc(utc);

    /// <summary>The office (WITA) calendar day of an instant: "23-11-2026".</summary>
    public static string ShortDate(DateTime utc) => ShortDate(DateOnly.FromDateTime(ToWita(utc)));

    /// <summary>"23-11-2026".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>"23-11-2026 10.15" in WITA (Indonesian writes the time with a full stop).</summary>
    public static string ShortDateTime(DateTime utc) =>
        ToWita(utc).ToString("dd-MM-yyyy HH.mm", CultureInfo.InvariantCulture);

    /// <summary>"23 November 2026 pukul 10.15 WITA".</summary>
    public static string LongDateTime(DateTime utc)
    {
        var wita = ToWita(utc);
        return string.Create(CultureInfo.InvariantCulture,
            $"{IndonesianText.LongDate(DateOnly.FromDateTime(wita))} pukul {wita:HH.mm} WITA");
    }

    /// <summary>"23 November 2026" for a calendar date, "–" for none.</summary>
    public static string LongDate(DateOnly? date) => date is { } d ? IndonesianText.LongDate(d) : "–";

    /// <summary>"1 Oktober 2026 s.d. 23 November 2026".</summary>
    public static string Period(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"{IndonesianText.LongDate(period.From)} s.d. {IndonesianText.LongDate(period.To)}";
    }

    /// <summary>
    /// An identity number (NIK, passport) for a printed page, which may travel beyond the office: the first and last
    /// four characters stay readable, enough to match a document in hand ("7414••••••••0012"); shorter numbers such as
    /// passports keep two at each end ("B1••••67"). <c>null</c> or blank stays empty.
    /// </summary>
    public static string Mask(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var text = value.Trim();
        var keep = text.Length >= 12 ? 4 : text.Length > 4 ? 2 : 0;
        return string.Concat(text.AsSpan(0, keep), new string(MaskChar, text.Length - 2 * keep),
            text.AsSpan(text.Length - keep));
    }

    /// <summary>
    /// Masks identity numbers inside free text (timeline notes record edits of the NIK and passport in full): every
    /// 16-digit NIK, every passport-shaped number and each of <paramref name="known"/>.
    /// </summary>
    public static string MaskIdentityNumbers(string text, params IEnumerable<string?> known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        foreach (var number in known.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim()))
        {
            text = text.Replace(number, Mask(number), StringComparison.OrdinalIgnoreCase);
        }

        text = NikPattern().Replace(text, m => Mask(m.Value));
        return PassportPattern().Replace(text, m => Mask(m.Value));
    }

    [GeneratedRegex(@"(?<!\d)\d{16}(?!\d)")]
    private static partial Regex NikPattern();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d{6,7}\b")]
    private static partial Regex PassportPattern();
}
