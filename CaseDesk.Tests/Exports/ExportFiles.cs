using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace CaseDesk.Tests.Exports;

/// <summary>Reads exported files back: an RFC 4180 parser for CSV and a SpreadsheetML reader for XLSX.</summary>
internal static class ExportFiles
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Parses CSV text (after the BOM) into records: quoted fields, doubled quotes, CRLF inside quotes.</summary>
    public static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                Assert.False(ch is '\r' or '\n' or '"', $"unquoted {(int)ch} at {i}: not RFC 4180");
                field.Append(ch);
            }
        }

        Assert.False(quoted, "unterminated quoted field");
        Assert.True(fields.Count == 0 && field.Length == 0, "the last record must end with CRLF");
        return records;
    }

    /// <summary>CSV bytes as records; asserts the UTF-8 byte-order mark.</summary>
    public static List<string[]> ReadCsv(byte[] bytes)
    {
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no UTF-8 BOM");
        return ParseCsv(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3));
    }

    /// <summary>Every part of the package as text (to search for values anywhere in it).</summary>
    public static Dictionary<string, string> Parts(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    public static XDocument Sheet(byte[] xlsx) => XDocument.Parse(Parts(xlsx)["xl/worksheets/sheet1.xml"]);

    /// <summary>The sheet's rows as cell reference → (type, style, text) maps.</summary>
    public static List<Dictionary<string, XlsxCell>> Rows(byte[] xlsx) =>
        Sheet(xlsx).Descendants(Main + "row").Select(row => row.Elements(Main + "c").ToDictionary(
            c => Column((string)c.Attribute("r")!),
            c => new XlsxCell((string?)c.Attribute("t"), (int?)c.Attribute("s") ?? 0,
                c.Attribute("t")?.Value == "inlineStr"
                    ? string.Concat(c.Descendants(Main + "t").Select(t => t.Value))
                    : (string?)c.Element(Main + "v") ?? ""))).ToList();

    /// <summary>The texts of the first row, in column order.</summary>
    public static List<string> Header(byte[] xlsx) =>
        Sheet(xlsx).Descendants(Main + "row").First().Elements(Main + "c")
            .Select(c => string.Concat(c.Descendants(Main + "t").Select(t => t.Value))).ToList();

    private static string Column(string reference) => new([.. reference.TakeWhile(char.IsLetter)]);
}

internal sealed record XlsxCell(string? Type, int Style, string Text);

/// <summary>
/// A response body as Kestrel offers it: not seekable, and synchronous writes or flushes throw (ASP.NET Core forbids
/// synchronous IO). Records what arrives, and when.
/// </summary>
internal sealed class AsyncOnlyStream : Stream
{
    private readonly MemoryStream _received = new();

    public long Received => _received.Length;

    public int Flushes { get; private set; }

    public byte[] ToArray() => _received.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _received.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flushes++;
        return Task.CompletedTask;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
