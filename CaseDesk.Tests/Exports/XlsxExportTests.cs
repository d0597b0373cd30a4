using System.Text;
using CaseDesk.Core.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CaseDesk.Tests.Exports;

public sealed class XlsxExportTests
{
    private static readonly ExportColumn[] Columns =
    [
        new("Nama", Width: 30),
        new("Tanggal", ExportColumnType.Date, 15),
        new("Nilai penyelesaian (Rp)", ExportColumnType.Number, 20),
    ];

    [Fact]
    public async Task Write_Rows_ReadBackWithTypedCells()
    {
        var bytes = await WriteAsync(
        [
            ["Wa Ode Sitti", new DateOnly(2026, 11, 23), 12_500_000L],
            ["La Ode Hamsah", null, null],
        ]);

        var rows = ExportFiles.Rows(bytes);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Nama", "Tanggal", "Nilai penyelesaian (Rp)"], ExportFiles.Header(bytes));
        Assert.All(rows[0].Values, c => Assert.Equal(1, c.Style)); // bold header
        Assert.Equal(new XlsxCell("inlineStr", 0, "Wa Ode Sitti"), rows[1]["A"]);
        // Excel's serial day number of 23 November 2026, in the date style.
        Assert.Equal(new XlsxCell(null, 2, "46349"), rows[1]["B"]);
        Assert.Equal(new XlsxCell(null, 3, "12500000"), rows[1]["C"]);
        Assert.Equal(["A"], rows[2].Keys); // empty values leave the cell out
    }

    [Fact]
    public async Task Write_Sheet_HasFrozenHeaderAutofilterWidthsAndStyles()
    {
        var bytes = await WriteAsync([["a", null, 1L], ["b", null, 2L]]);

        var parts = ExportFiles.Parts(bytes);
        var sheet = ExportFiles.Sheet(bytes);
        var pane = sheet.Descendants(ExportFiles.Main + "pane").Single();
        Assert.Equal("frozen", (string?)pane.Attribute("state"));
        Assert.Equal("1", (string?)pane.Attribute("ySplit"));
        Assert.Equal("A1:C3", (string?)sheet.Descendants(ExportFiles.Main + "autoFilter").Single().Attribute("ref"));
        Assert.Equal(["30", "15", "20"],
            sheet.Descendants(ExportFiles.Main + "col").Select(c => (string)c.Attribute("width")!));
        Assert.Contains("formatCode=\"dd/mm/yyyy\"", parts["xl/styles.xml"], StringComparison.Ordinal);
        Assert.Contains("<b/>", parts["xl/styles.xml"], StringComparison.Ordinal);
        Assert.Contains("<sheet name=\"Kasus\"", parts["xl/workbook.xml"], StringComparison.Ordinal);
        Assert.Contains("'Kasus'!$A$1:$C$3", parts["xl/workbook.xml"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Package_IsValidAgainstTheOpenXmlSchema()
    {
        var bytes = await WriteAsync([["Wa Ode <Sitti> & \"Ina\"", new DateOnly(2026, 1, 2), 5L], ["x", null, null]]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Contains("Wa Ode <Sitti> & \"Ina\"", sheet.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_TextWithMarkupAndControlCharacters_IsEscapedAndCleaned()
    {
        var bytes = await WriteAsync([["<b>PT</b> & \"Sinar\"\u0001\u0007 Jaya\r\nBaris 2 — 😀\uD800", null, null]]);

        Assert.Equal("<b>PT</b> & \"Sinar\" Jaya\nBaris 2 — 😀", ExportFiles.Rows(bytes)[1]["A"].Text);
    }

    [Fact]
    public async Task Write_TextStartingLikeAFormula_StaysTextNotAFormula()
    {
        var bytes = await WriteAsync([["=1+1", null, null]]);

        var cell = ExportFiles.Rows(bytes)[1]["A"];
        Assert.Equal(new XlsxCell("inlineStr", 0, "=1+1"), cell);
        Assert.DoesNotContain("<f>", ExportFiles.Parts(bytes)["xl/worksheets/sheet1.xml"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_NoRows_IsAHeaderOnlyWorkbook()
    {
        var bytes = await WriteAsync([]);

        Assert.Single(ExportFiles.Rows(bytes));
        Assert.Equal("A1:C1",
            (string?)ExportFiles.Sheet(bytes).Descendants(ExportFiles.Main + "autoFilter").Single().Attribute("ref"));
    }

    [Fact]
    public async Task Write_NonSeekableAsyncOnlyStream_RowsArriveBeforeAllRowsAreRead()
    {
        var output = new AsyncOnlyStream();
        long receivedAtRow1 = -1;
        long receivedAtRow1000 = -1;

        var count = await XlsxExport.WriteAsync(output, "Kasus", Columns, CsvExportTests.Rows(3000, i =>
        {
            if (i == 1)
            {
                receivedAtRow1 = output.Received;
            }
            else if (i == 1000)
            {
                receivedAtRow1000 = output.Received;
            }
        }));

        Assert.Equal(3000, count);
        // Synchronous writes would have thrown; rows already went out (compressed) before row 1000 was read.
        Assert.True(receivedAtRow1000 > receivedAtRow1, $"{receivedAtRow1} → {receivedAtRow1000} bytes");
        Assert.True(receivedAtRow1000 < output.Received);
        var rows = ExportFiles.Rows(output.ToArray());
        Assert.Equal(3001, rows.Count);
        Assert.Equal("KASUS-3000", rows[^1]["A"].Text);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_Index_IsExcelLetters(int index, string name) =>
        Assert.Equal(name, XlsxExport.ColumnName(index));

    private static async Task<byte[]> WriteAsync(IEnumerable<object?[]> rows)
    {
        var output = new AsyncOnlyStream();
        await XlsxExport.WriteAsync(output, "Kasus", Columns, rows.ToAsyncEnumerable());
        return output.ToArray();
    }
}
