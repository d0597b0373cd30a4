using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CaseDesk.Tests.Reports;

/// <summary>The text of rendered reports in drawing order, so a table cell's wrapped lines read as one text.</summary>
internal static partial class ReportPdf
{
    /// <summary>Each page's text with every run of white space (line breaks included) as one space.</summary>
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Spaces().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim())];
    }

    public static string Text(byte[] pdf) => string.Join(" ", Pages(pdf));

    /// <summary>Writes the PDF into the folder named by CASEDESK_REPORTS_OUT, to look at it.</summary>
    public static void Keep(byte[] pdf, string name)
    {
        if (Environment.GetEnvironmentVariable("CASEDESK_REPORTS_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), pdf);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
