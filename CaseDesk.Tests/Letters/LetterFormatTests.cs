using CaseDesk.Core.Letters;

namespace CaseDesk.Tests.Letters;

public sealed class LetterFormatTests
{
    [Fact]
    public void Number_FollowsTataNaskahDinas()
    {
        var number = LetterFormat.Number(57, "BP3MI-SULTRA", "PP.02.01", new DateOnly(2026, 11, 23));

        Assert.Equal("B.57/BP3MI-SULTRA/PP.02.01/XI/2026", number);
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(2, "II")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    [InlineData(5, "V")]
    [InlineData(6, "VI")]
    [InlineData(7, "VII")]
    [InlineData(8, "VIII")]
    [InlineData(9, "IX")]
    [InlineData(10, "X")]
    [InlineData(11, "XI")]
    [InlineData(12, "XII")]
    public void Number_EachMonth_InRomanNumerals(int month, string roman)
    {
        Assert.Equal(roman, LetterFormat.RomanMonth(month));
        Assert.Equal($"B.3/BP3MI-SULTRA/PP.03.01/{roman}/2027",
            LetterFormat.Number(3, "BP3MI-SULTRA", "PP.03.01", new DateOnly(2027, month, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void RomanMonth_OutsideTheYear_Throws(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterFormat.RomanMonth(month));

    [Fact]
    public void Number_SequenceBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterFormat.Number(0, "U", "C", new DateOnly(2026, 1, 1)));

    [Fact]
    public void Dates_InIndonesian_WhateverTheHostCulture()
    {
        Assert.Equal("23 November 2026", LetterFormat.Date(new DateOnly(2026, 11, 23)));
        Assert.Equal("Senin, 23 November 2026", LetterFormat.DayAndDate(new DateOnly(2026, 11, 23)));
        Assert.Equal("Minggu, 1 Februari 2026", LetterFormat.DayAndDate(new DateOnly(2026, 2, 1)));
        Assert.Equal("09.05 WITA", LetterFormat.Time(new TimeOnly(9, 5)));
        Assert.Equal("Jumat, 4 Desember 2026 pukul 14.30 WITA",
            LetterFormat.DateAndTime(new DateTime(2026, 12, 4, 14, 30, 0)));
    }

    [Theory]
    [InlineData(0, "Rp0")]
    [InlineData(950, "Rp950")]
    [InlineData(15_000_000, "Rp15.000.000")]
    [InlineData(1_234_567_890, "Rp1.234.567.890")]
    public void Rupiah_DotsBetweenThousands(long amount, string expected) =>
        Assert.Equal(expected, LetterFormat.Rupiah(amount));

    [Theory]
    [InlineData(0, "nol rupiah")]
    [InlineData(11, "sebelas rupiah")]
    [InlineData(12, "dua belas rupiah")]
    [InlineData(100, "seratus rupiah")]
    [InlineData(111, "seratus sebelas rupiah")]
    [InlineData(1_000, "seribu rupiah")]
    [InlineData(1_001_000, "satu juta seribu rupiah")]
    [InlineData(2_750_500, "dua juta tujuh ratus lima puluh ribu lima ratus rupiah")]
    [InlineData(15_000_000, "lima belas juta rupiah")]
    [InlineData(1_200_000_000, "satu miliar dua ratus juta rupiah")]
    public void RupiahInWords_SpellsTheAmount(long amount, string expected) =>
        Assert.Equal(expected, LetterFormat.RupiahInWords(amount));
}
