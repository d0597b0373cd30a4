using CaseDesk.Core.Documents;

namespace CaseDesk.Tests.Documents;

public sealed class IndonesianTextTests
{
    [Theory]
    [InlineData(0, "nol rupiah")]
    [InlineData(1, "satu rupiah")]
    [InlineData(10, "sepuluh rupiah")]
    [InlineData(11, "sebelas rupiah")]
    [InlineData(12, "dua belas rupiah")]
    [InlineData(19, "sembilan belas rupiah")]
    [InlineData(20, "dua puluh rupiah")]
    [InlineData(100, "seratus rupiah")]
    [InlineData(101, "seratus satu rupiah")]
    [InlineData(110, "seratus sepuluh rupiah")]
    [InlineData(111, "seratus sebelas rupiah")]
    [InlineData(1000, "seribu rupiah")]
    [InlineData(1001, "seribu satu rupiah")]
    [InlineData(2500, "dua ribu lima ratus rupiah")]
    [InlineData(21_000, "dua puluh satu ribu rupiah")]
    [InlineData(100_000, "seratus ribu rupiah")]
    [InlineData(111_000, "seratus sebelas ribu rupiah")]
    [InlineData(1_000_000, "satu juta rupiah")]
    [InlineData(1_001_000, "satu juta seribu rupiah")]
    [InlineData(15_750_000, "lima belas juta tujuh ratus lima puluh ribu rupiah")]
    [InlineData(1_000_000_000, "satu miliar rupiah")]
    [InlineData(2_345_678_901, "dua miliar tiga ratus empat puluh lima juta enam ratus tujuh puluh delapan ribu sembilan ratus satu rupiah")]
    [InlineData(1_000_000_000_000, "satu triliun rupiah")]
    [InlineData(-5_000, "minus lima ribu rupiah")]
    public void Terbilang_Amount_IsWrittenInIndonesianWords(long amount, string expected) =>
        Assert.Equal(expected, IndonesianText.Terbilang(amount));

    [Fact]
    public void InWords_ExtremeValues_DoNotThrow()
    {
        Assert.StartsWith("sembilan kuintiliun dua ratus dua puluh tiga kuadriliun", IndonesianText.InWords(long.MaxValue));
        Assert.StartsWith("minus sembilan kuintiliun", IndonesianText.InWords(long.MinValue));
        Assert.EndsWith("delapan ratus delapan", IndonesianText.InWords(long.MinValue));
    }

    [Theory]
    [InlineData(2026, 11, 23, "23 November 2026")]
    [InlineData(2026, 1, 5, "5 Januari 2026")]
    [InlineData(2027, 5, 31, "31 Mei 2027")]
    [InlineData(2026, 8, 17, "17 Agustus 2026")]
    public void LongDate_Date_UsesIndonesianMonthNames(int year, int month, int day, string expected) =>
        Assert.Equal(expected, IndonesianText.LongDate(new DateOnly(year, month, day)));

    [Fact]
    public void LongDateWithDay_Monday_StartsWithSenin() =>
        Assert.Equal("Senin, 23 November 2026", IndonesianText.LongDateWithDay(new DateOnly(2026, 11, 23)));

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(11, "XI")]
    [InlineData(12, "XII")]
    public void RomanMonth_Month_IsRomanNumeral(int month, string expected) =>
        Assert.Equal(expected, IndonesianText.RomanMonth(month));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void RomanMonth_OutOfRange_Throws(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IndonesianText.RomanMonth(month));

    [Theory]
    [InlineData(15_750_000, "Rp 15.750.000")]
    [InlineData(0, "Rp 0")]
    [InlineData(999, "Rp 999")]
    [InlineData(-5_000, "-Rp 5.000")]
    public void Rupiah_Amount_HasDotThousandsSeparators(long amount, string expected) =>
        Assert.Equal(expected, IndonesianText.Rupiah(amount));

    [Theory]
    [InlineData(1234, "1.234")]
    [InlineData(12.5, "12,5")]
    [InlineData(0, "0")]
    public void Number_Value_UsesIndonesianSeparators(double value, string expected) =>
        Assert.Equal(expected, IndonesianText.Number(value));
}
