using System.Text;
using CaseDesk.Core.Exports;

namespace CaseDesk.Tests.Exports;

public sealed class CsvExportTests
{
    private static readonly ExportColumn[] Columns =
    [
        new("Nama"),
        new("Tanggal", ExportColumnType.Date),
        new("Nilai", ExportColumnType.Number),
    ];

    [Fact]
    public async Task Write_TextWithCommaQuoteAndLineBreaks_ReadsBackUnchanged()
    {
        string[] names =
        [
            "La Ode Hamsah, S.Pd.",
            "Wa Ode \"Ina\" Sitti",
            "Baris satu\r\nbaris dua",
            "Hanya\nLF",
            "Sulawesi Tenggara — Buton Tengah, Lakudo (é, ñ, 中文)",
            "",
        ];

        var bytes = await WriteAsync(names.Select(n => new object?[] { n, null, null }));

        var records = ExportFiles.ReadCsv(bytes);
        Assert.Equal(["Nama", "Tanggal", "Nilai"], records[0]);
        Assert.Equal(names, records.Skip(1).Select(r => r[0]));
        Assert.All(records, r => Assert.Equal(3, r.Length));
    }

    [Fact]
    public async Task Write_Output_IsUtf8WithBomCommaSeparatedAndCrlf()
    {
        var bytes = await WriteAsync([["Wa Ode", new DateOnly(2026, 11, 23), 12_500_000L]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Nama,Tanggal,Nilai\r\nWa Ode,2026-11-23,12500000\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"klik\")", "'=HYPERLINK(\"http://x\",\"klik\")")]
    [InlineData("+62 812 3456 7890", "'+62 812 3456 7890")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("Wa Ode = Ina", "Wa Ode = Ina")]
    [InlineData("PT Maju-Jaya", "PT Maju-Jaya")]
    public async Task Write_TextStartingLikeAFormula_GetsALeadingApostrophe(string typed, string expected)
    {
        var bytes = await WriteAsync([[typed, null, null]]);

        Assert.Equal(expected, ExportFiles.ReadCsv(bytes)[1][0]);
    }

    [Fact]
    public async Task Write_NegativeNumberInANumberColumn_IsWrittenAsANumber()
    {
        var bytes = await WriteAsync([["x", null, -5L]]);

        Assert.Equal("-5", ExportFiles.ReadCsv(bytes)[1][2]);
    }

    [Fact]
    public async Task Write_NonSeekableAsyncOnlyStream_FirstRowsArriveBeforeAllRowsAreRead()
    {
        var output = new AsyncOnlyStream();
        long receivedAtRow1000 = -1;
        string? textAtRow1000 = null;

        var count = await CsvExport.WriteAsync(output, Columns, Rows(2000, i =>
        {
            if (i == 1000)
            {
                receivedAtRow1000 = output.Received;
                textAtRow1000 = Encoding.UTF8.GetString(output.ToArray());
            }
        }));

        Assert.Equal(2000, count);
        Assert.True(receivedAtRow1000 > 0, "nothing was written before the last rows were read");
        Assert.Contains("KASUS-0001,", textAtRow1000, StringComparison.Ordinal);
        Assert.True(receivedAtRow1000 < output.Received);
        Assert.True(output.Flushes >= 2000 / CsvExport.FlushEvery);
        Assert.Equal(2001, ExportFiles.ReadCsv(output.ToArray()).Count);
    }

    [Fact]
    public async Task Write_Cancelled_StopsReadingRows()
    {
        using var cancel = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsvExport.WriteAsync(new AsyncOnlyStream(),
            Columns, Rows(10_000, i =>
            {
                read = i;
                if (i == 300)
                {
                    cancel.Cancel();
                }
            }), cancel.Token));

        Assert.InRange(read, 300, 301);
    }

    [Fact]
    public async Task Write_RowWithTheWrongNumberOfValues_Throws() =>
        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync([["a", null]]));

    private static async Task<byte[]> WriteAsync(IEnumerable<object?[]> rows)
    {
        var output = new AsyncOnlyStream();
        await CsvExport.WriteAsync(output, Columns, rows.ToAsyncEnumerable());
        return output.ToArray();
    }

    /// <summary>Rows "KASUS-0001"…; <paramref name="onRow"/> sees the number of each row as the writer asks for it.</summary>
    internal static async IAsyncEnumerable<object?[]> Rows(int count, Action<int> onRow)
    {
        for (var i = 1; i <= count; i++)
        {
            onRow(i);
            await Task.Yield();
            yield return [$"KASUS-{i:0000}", new DateOnly(2026, 1, 1).AddDays(i % 300), (long)i * 1000];
        }
    }
}
