using System.Globalization;

namespace CaseDesk.Core.Letters;

/// <summary>
/// How letters write numbers, dates and money in Indonesian. Spelled out here rather than taken from the host's
/// culture data, so a letter reads the same on every machine and in every year it is re-printed.
/// </summary>
public static class LetterFormat
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    private static readonly string[] Months =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ];

    // Indexed by DayOfWeek (Sunday = 0).
    private static readonly string[] Days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly string[] Ones =
        ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

    /// <summary>Tata Naskah Dinas: <c>B.{sequence}/{unit}/{classification}/{month in Roman numerals}/{year}</c>.</summary>
    public static string Number(int sequence, string unitCode, string classificationCode, DateOnly issuedDate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return string.Create(CultureInfo.InvariantCulture,
            $"B.{sequence}/{unitCode}/{classificationCode}/{RomanMonth(issuedDate.Month)}/{issuedDate.Year}");
    }

    /// <summary>I … XII.</summary>
    public static string RomanMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Roman[month - 1];
    }

    /// <summary>"23 November 2026".</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>"Senin, 23 November 2026".</summary>
    public static string DayAndDate(DateOnly date) => $"{Days[(int)date.DayOfWeek]}, {Date(date)}";

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
        return amount == 0 ? "nol rupiah" : Say(amount) + " rupiah";
    }

    private static string Say(long n) => n switch
    {
        < 12 => Ones[n],
        < 20 => Say(n - 10) + " belas",
        < 100 => Say(n / 10) + " puluh" + Rest(n % 10),
        < 200 => "seratus" + Rest(n - 100),
        < 1_000 => Say(n / 100) + " ratus" + Rest(n % 100),
        < 2_000 => "seribu" + Rest(n - 1_000),
        < 1_000_000 => Say(n / 1_000) + " ribu" + Rest(n % 1_000),
        < 1_000_000_000 => Say(n / 1_000_000) + " juta" + Rest(n % 1_000_000),
        < 1_000_000_000_000 => Say(n / 1_000_000_000) + " miliar" + Rest(n % 1_000_000_000),
        < 1_000_000_000_000_000 => Say(n / 1_000_000_000_000) + " triliun" + Rest(n % 1_000_000_000_000),
        _ => Say(n / 1_000_000_000_000_000) + " kuadriliun" + Rest(n % 1_000_000_000_000_000),
    };

    private static string Rest(long n) => n == 0 ? "" : " " + Say(n);
}
