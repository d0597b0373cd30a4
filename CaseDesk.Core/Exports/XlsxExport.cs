using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CaseDesk.Core.Exports;

/// <summary>
/// Writes a table as an Excel workbook (.xlsx, one sheet) row by row: the SpreadsheetML parts are written straight
/// into a ZIP stream, so memory does not grow with the number of rows (a workbook library would build the whole sheet
/// in memory first). Bold header row, frozen and with an autofilter; dates as dates (dd/mm/yyyy), numbers with
/// thousands separators; text as inline strings.
/// </summary>
/// <remarks>Only asynchronous writes reach <c>output</c>, so it can be ASP.NET Core's response body. Text cells are
/// typed strings (<c>t="inlineStr"</c>): Excel never evaluates them as formulas.</remarks>
public static class XlsxExport
{
    public const int FlushEvery = 500;

    /// <summary>Excel's limit for the text of one cell.</summary>
    public const int MaxCellText = 32_767;

    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    // Cell style indexes in styles.xml (cellXfs).
    private const int HeaderStyle = 1;
    private const int DateStyle = 2;
    private const int NumberStyle = 3;

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the workbook; returns the number of data rows.</summary>
    public static async Task<int> WriteAsync(Stream output, string sheetName, IReadOnlyList<ExportColumn> columns,
        IAsyncEnumerable<object?[]> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A sheet needs at least one column.", nameof(columns));
        }

        await using var sink = new SyncWriteBuffer(output);
        int count;
        await using (var zip = await ZipArchive.CreateAsync(sink, ZipArchiveMode.Create, leaveOpen: true,
                         entryNameEncoding: null, ct))
        {
            await WritePartAsync(zip, "[Content_Types].xml", ContentTypes, ct);
            await WritePartAsync(zip, "_rels/.rels", PackageRels, ct);
            await WritePartAsync(zip, "xl/_rels/workbook.xml.rels", WorkbookRels, ct);
            await WritePartAsync(zip, "xl/styles.xml", Styles, ct);
            count = await WriteSheetAsync(zip, sink, columns, rows, ct);
            // The autofilter's range is known only now; the order of the parts in the package does not matter.
            await WritePartAsync(zip, "xl/workbook.xml", Workbook(sheetName, columns.Count, count), ct);
        }

        await sink.FlushAsync(ct);
        return count;
    }

    /// <summary>"A", "B", … "Z", "AA": the column's letters in a cell reference.</summary>
    public static string ColumnName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static async Task<int> WriteSheetAsync(ZipArchive zip, Stream sink, IReadOnlyList<ExportColumn> columns,
        IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        var part = await entry.OpenAsync(ct);
        await using (part)
        {
            var writer = new StreamWriter(part, Utf8, 16 * 1024, leaveOpen: true);
            await using (writer)
            {
                var xml = new StringBuilder(1024);
                xml.Append(Declaration)
                    .Append($"<worksheet xmlns=\"{MainNs}\" xmlns:r=\"{RelNs}\">")
                    .Append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">")
                    .Append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                    .Append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
                    .Append("</sheetView></sheetViews>")
                    .Append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
                for (var i = 0; i < columns.Count; i++)
                {
                    xml.Append(CultureInfo.InvariantCulture,
                        $"<col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{columns[i].Width}\" customWidth=\"1\"/>");
                }

                xml.Append("</cols><sheetData>");
                AppendRow(xml, 1, columns.Select(c => (object?)c.Header).ToArray(), columns, header: true);
                await writer.WriteAsync(xml, ct);

                var count = 0;
                await foreach (var row in rows.WithCancellation(ct))
                {
                    xml.Clear();
                    AppendRow(xml, count + 2, row, columns, header: false);
                    await writer.WriteAsync(xml, ct);
                    if (++count % FlushEvery == 0)
                    {
                        // Through the compressor and the ZIP stream to the client.
                        await writer.FlushAsync(ct);
                        await part.FlushAsync(ct);
                        await sink.FlushAsync(ct);
                    }
                }

                xml.Clear();
                xml.Append("</sheetData>")
                    .Append($"<autoFilter ref=\"A1:{ColumnName(columns.Count - 1)}{count + 1}\"/>")
                    .Append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                    .Append("</worksheet>");
                await writer.WriteAsync(xml, ct);
                await writer.FlushAsync(ct);
                // The compressor's tail goes out asynchronously here; disposing would write it synchronously.
                await part.FlushAsync(ct);
                return count;
            }
        }
    }

    private static void AppendRow(StringBuilder xml, int rowNumber, object?[] values, IReadOnlyList<ExportColumn> columns,
        bool header)
    {
        if (values.Length != columns.Count)
        {
            throw new ArgumentException($"A row has {values.Length} values for {columns.Count} columns.");
        }

        xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{rowNumber}\">");
        for (var i = 0; i < values.Length; i++)
        {
            var reference = ColumnName(i) + rowNumber.ToString(CultureInfo.InvariantCulture);
            switch (values[i])
            {
                case null:
                    break;
                case DateOnly date:
                    xml.Append(CultureInfo.InvariantCulture,
                        $"<c r=\"{reference}\" s=\"{DateStyle}\"><v>{date.DayNumber - ExcelEpoch.DayNumber}</v></c>");
                    break;
                case long or int when columns[i].Type == ExportColumnType.Number:
                    xml.Append(CultureInfo.InvariantCulture,
                        $"<c r=\"{reference}\" s=\"{NumberStyle}\"><v>{values[i]}</v></c>");
                    break;
                default:
                    var text = Convert.ToString(values[i], CultureInfo.InvariantCulture) ?? "";
                    xml.Append($"<c r=\"{reference}\" t=\"inlineStr\"");
                    if (header)
                    {
                        xml.Append(CultureInfo.InvariantCulture, $" s=\"{HeaderStyle}\"");
                    }

                    xml.Append("><is><t xml:space=\"preserve\">");
                    AppendEscaped(xml, text.Length > MaxCellText ? text[..MaxCellText] : text);
                    xml.Append("</t></is></c>");
                    break;
            }
        }

        xml.Append("</row>");
    }

    /// <summary>XML-escapes text, writes line breaks as line feeds and drops the characters XML 1.0 cannot carry
    /// (control characters, lone surrogates), which a pasted name or narrative may contain.</summary>
    private static void AppendEscaped(StringBuilder xml, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '&': xml.Append("&amp;"); break;
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '"': xml.Append("&quot;"); break;
                case '\t' or '\n': xml.Append(ch); break;
                // A line break inside an Excel cell is a line feed (XML would read a bare CR as one anyway).
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        xml.Append('\n');
                    }

                    break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        xml.Append(ch).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(ch))
                    {
                        xml.Append(ch);
                    }

                    break;
            }
        }
    }

    private static async Task WritePartAsync(ZipArchive zip, string name, string content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        var part = await entry.OpenAsync(ct);
        await using (part)
        {
            await part.WriteAsync(Utf8.GetBytes(content), ct);
        }
    }

    private static string Workbook(string sheetName, int columnCount, int rowCount)
    {
        var escaped = new StringBuilder();
        AppendEscaped(escaped, sheetName);
        var quoted = sheetName.Replace("'", "''", StringComparison.Ordinal);
        var range = $"'{quoted}'!$A$1:${ColumnName(columnCount - 1)}${rowCount + 1}";
        var rangeXml = new StringBuilder();
        AppendEscaped(rangeXml, range);
        return Declaration
            + $"<workbook xmlns=\"{MainNs}\" xmlns:r=\"{RelNs}\">"
            + "<bookViews><workbookView/></bookViews>"
            + $"<sheets><sheet name=\"{escaped}\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
            + $"<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">{rangeXml}</definedName></definedNames>"
            + "</workbook>";
    }

    private const string ContentTypes = Declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "</Types>";

    private const string PackageRels = Declaration
        + $"<Relationships xmlns=\"{PackageRelNs}\">"
        + $"<Relationship Id=\"rId1\" Type=\"{RelNs}/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>";

    private const string WorkbookRels = Declaration
        + $"<Relationships xmlns=\"{PackageRelNs}\">"
        + $"<Relationship Id=\"rId1\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + $"<Relationship Id=\"rId2\" Type=\"{RelNs}/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>";

    // Fonts: 0 normal, 1 bold. Fills: 0 and 1 are required by Excel, 2 the header's light blue. cellXfs: 0 default,
    // 1 header (bold, filled), 2 date dd/mm/yyyy (custom format 164), 3 number #,##0 (built-in 3, the reader's
    // thousands separator: 12.500.000 in Indonesian Excel).
    private const string Styles = Declaration
        + $"<styleSheet xmlns=\"{MainNs}\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        + "<fonts count=\"2\">"
        + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "</fonts>"
        + "<fills count=\"3\">"
        + "<fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDCE6F1\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        + "</fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>";
}
