using System.Globalization;
using System.Text;

namespace CaseDesk.Core.Exports;

/// <summary>
/// Writes a table as CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
/// line break; UTF-8 with a byte-order mark so Excel reads Indonesian text correctly. Rows are written as they come
/// and flushed every <see cref="FlushEvery"/> rows; only asynchronous writes reach <paramref name="output"/>.
/// </summary>
/// <remarks>Dates are ISO 8601 (2026-11-23) and numbers plain digits (12500000): every spreadsheet locale reads
/// them. A text cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe, so a name typed by
/// the public can never run as a formula (OWASP's CSV injection rule).</remarks>
public static class CsvExport
{
    public const int FlushEvery = 200;

    private const string LineEnd = "\r\n";

    public static async Task<int> WriteAsync(Stream output, IReadOnlyList<ExportColumn> columns,
        IAsyncEnumerable<object?[]> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);

        // encoderShouldEmitUTF8Identifier: the BOM is Excel's cue that the file is UTF-8, not the ANSI code page.
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024,
            leaveOpen: true);
        await using (writer)
        {
            var line = new StringBuilder(512);
            AppendLine(line, columns.Select(c => (object?)c.Header).ToArray(), columns);
            await writer.WriteAsync(line, ct);

            var count = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                line.Clear();
                AppendLine(line, row, columns);
                await writer.WriteAsync(line, ct);
                if (++count % FlushEvery == 0)
                {
                    await writer.FlushAsync(ct);
                    await output.FlushAsync(ct);
                }
            }

            await writer.FlushAsync(ct);
            await output.FlushAsync(ct);
            return count;
        }
    }

    /// <summary>One field as written: guarded against formulas, then quoted if RFC 4180 needs it.</summary>
    public static string Field(object? value, ExportColumnType type) => Quote(Format(value, type));

    private static void AppendLine(StringBuilder line, object?[] values, IReadOnlyList<ExportColumn> columns)
    {
        if (values.Length != columns.Count)
        {
            throw new ArgumentException($"A row has {values.Length} values for {columns.Count} columns.");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Field(values[i], columns[i].Type));
        }

        line.Append(LineEnd);
    }

    private static string Format(object? value, ExportColumnType type) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        long or int when type == ExportColumnType.Number => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => GuardFormula(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string GuardFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
