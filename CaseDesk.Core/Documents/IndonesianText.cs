using System.Globalization;
using System.Text;

namespace CaseDesk.Core.Documents;

/// <summary>
/// Indonesian wording for official documents: amounts in words (<i>terbilang</i>), long dates, Roman month numbers
/// for letter numbers, and rupiah amounts. Independent of the current culture.
/// </summary>
public static class IndonesianText
{
    private static readonly string[] Units =
        ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    private static readonly string[] Scales = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun"];

    private static readonly string[] Months =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
        "Desember",
    ];

    private static readonly string[] Days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly string[] RomanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>Numbers with "." between thousands and "," before decimals, as Indonesian writes them.</summary>
    public static NumberFormatInfo NumberFormat { get; } = CreateNumberFormat();

    /// <summary>
    /// An amount of rupiah in words, as written after the figure in letters and agreements:
    /// 15 750 000 → "lima belas juta tujuh ratus lima puluh ribu rupiah". Negative amounts start with "minus".
    /// </summary>
    public static string Terbilang(long amount) => $"{InWords(amount)} rupiah";

    /// <summary>
    /// A whole number in Indonesian words: 0 → "nol", 11 → "sebelas", 100 → "seratus", 1 000 → "seribu",
    /// 2 345 678 901 → "dua miliar tiga ratus empat puluh lima juta …". Negative numbers start with "minus".
    /// </summary>
    public static string InWords(long number)
    {
        if (number == 0)
        {
            return "nol";
        }

        // The magnitude as unsigned so that long.MinValue has one too.
        var magnitude = number < 0 ? (ulong)(-(number + 1)) + 1 : (ulong)number;
        var groups = new List<int>();
        for (; magnitude > 0; magnitude /= 1000)
        {
            groups.Add((int)(magnitude % 1000));
        }

        var words = new StringBuilder(number < 0 ? "minus" : "");
        for (var scale = groups.Count - 1; scale >= 0; scale--)
        {
            var group = groups[scale];
            if (group == 0)
            {
                continue;
            }

            if (group == 1 && scale == 1)
            {
                Append(words, "seribu");
                continue;
            }

            Append(words, BelowThousand(group));
            Append(words, Scales[scale]);
        }

        return words.ToString();
    }

    private static string BelowThousand(int n)
    {
        var words = new StringBuilder();
        var hundreds = n / 100;
        var rest = n % 100;
        if (hundreds > 0)
        {
            Append(words, hundreds == 1 ? "seratus" : $"{Units[hundreds]} ratus");
        }

        if (rest >= 20)
        {
            Append(words, $"{Units[rest / 10]} puluh");
            Append(words, Units[rest % 10]);
        }
        else if (rest >= 12)
        {
            Append(words, $"{Units[rest - 10]} belas");
        }
        else
        {
            Append(words, rest switch { 10 => "sepuluh", 11 => "sebelas", _ => Units[rest] });
        }

        return words.ToString();
    }

    private static void Append(StringBuilder words, string word)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (words.Length > 0)
        {
            words.Append(' ');
        }

        words.Append(word);
    }

    /// <summary>A date as written in letters: "23 November 2026".</summary>
    public static string LongDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>A date with its weekday, as in invitations: "Senin, 23 November 2026".</summary>
    public static string LongDateWithDay(DateOnly date) => $"{DayName(date)}, {LongDate(date)}";

    /// <summary>The Indonesian weekday name: "Senin" … "Minggu".</summary>
    public static string DayName(DateOnly date) => Days[(int)date.DayOfWeek];

    /// <summary>The Indonesian month name, 1 → "Januari".</summary>
    public static string MonthName(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Months[month - 1];
    }

    /// <summary>The month in Roman numerals, as in letter numbers ("B.123/BP3MI.SULTRA/XI/2026"): 11 → "XI".</summary>
    public static string RomanMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return RomanMonths[month - 1];
    }

    /// <summary>An amount of rupiah with thousands separators: 15 750 000 → "Rp 15.750.000" (negative: "-Rp 5.000").</summary>
    public static string Rupiah(long amount) =>
        amount < 0
            ? $"-Rp {((decimal)amount * -1).ToString("N0", NumberFormat)}"
            : $"Rp {amount.ToString("N0", NumberFormat)}";

    /// <summary>A number with Indonesian separators; whole numbers without decimals ("1.234"), others with one ("12,5").</summary>
    public static string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9 && Math.Abs(value) < 1e15
            ? Math.Round(value).ToString("N0", NumberFormat)
            : value.ToString("N1", NumberFormat);

    private static NumberFormatInfo CreateNumberFormat()
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.NumberGroupSeparator = ".";
        format.NumberDecimalSeparator = ",";
        return NumberFormatInfo.ReadOnly(format);
    }
}
