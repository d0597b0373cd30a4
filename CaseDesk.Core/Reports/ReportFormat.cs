using System.Globalization;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;

namespace CaseDesk.Core.Reports;

/// <summary>
/// How printed reports write numbers, shares, times and identity numbers: the Indonesian way and in office time
/// (WITA), whatever the reader's screen language. Identity numbers are masked by <see cref="Audit.PersonalDataMask"/>.
/// </summary>
public static class ReportFormat
{
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
}
