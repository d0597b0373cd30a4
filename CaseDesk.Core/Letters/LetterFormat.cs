using System.Globalization;
using CaseDesk.Core.Documents;

namespace CaseDesk.Core.Letters;

/// <summary>
/// How letters write numbers, dates and money in Indonesian, independent of the host's culture data so a letter reads
/// the same on every machine and in every year it is re-printed. Words, dates and Roman months come from
/// <see cref="IndonesianText"/>, which the reports use too.
/// </summary>
public static class LetterFormat
{
    /// <summary>Tata Naskah Dinas: <c>B.{sequence}/{unit}/{classification}/{month in Roman numerals}/{year}</c>.</summary>
    public static string Number(int sequence, string unitCode, string classificationCode, DateOnly issuedDate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return string.Create(CultureInfo.InvariantCulture,
            $"B.{sequence}/{unitCode}/{classificationCode}/{RomanMonth(issuedDate.Month)}/{issuedDate.Year}");
    }

    /// <summary>I … XII.</summary>
    public static string RomanMonth(int month) => IndonesianText.RomanMonth(month);

    /// <summary>"23 November 2026".</summary>
    public static string Date(DateOnly date) => IndonesianText.LongDate(date);

    /// <summary>"Senin, 23 November 2026".</summary>
    public static string DayAndDate(DateOnly date) => IndonesianText.LongDateWithDay(date);

    /// <summary>"09.30 WITA".</summary>
    public static string Time(TimeOnly time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.Hour:D2}.{time.Minute:D2} WITA");

    /// <summary>"Senin, 23 November 2026 pukul 09.30 WITA" for an office-time (WITA) moment.</summary>
    public static string DateAndTime(DateTime officeTime) =>
        $"{DayAndDate(DateOnly.FromDateTime(officeTime))} pukul {Time(TimeOnly.FromDateTime(officeTime))}";

    /// <summary>"Rp15.000.000".</summary>
    public static string Rupiah(long amount)
    {
        var digits = Math.Abs(amount).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
        return amount < 0 ? $"-Rp{digits}" : $"Rp{digits}";
    }

    /// <summary>The amount in words (terbilang), e.g. "lima belas juta rupiah".</summary>
    public static string RupiahInWords(long amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        return IndonesianText.Terbilang(amount);
    }
}
