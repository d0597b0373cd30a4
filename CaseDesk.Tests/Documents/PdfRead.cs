using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CaseDesk.Tests.Documents;

/// <summary>Reads rendered PDFs back with PdfPig.</summary>
internal static class PdfRead
{
    public const double PointsPerMm = 72 / 25.4;

    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    /// <summary>Words of each page grouped into lines (top to bottom), each line's words left to right.</summary>
    public static List<List<List<Word>>> PageLines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return
        [
            .. document.GetPages().Select(p => p.GetWords()
                .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
                .OrderByDescending(g => g.Key)
                .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
                .ToList()),
        ];
    }

    public static string LineText(IEnumerable<Word> line) => string.Join(" ", line.Select(w => w.Text));
}
