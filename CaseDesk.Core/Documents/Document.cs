namespace CaseDesk.Core.Documents;

/// <summary>
/// An engine-neutral printable document: page setup, optional page header and footer, and a flow of blocks laid
/// out top to bottom and broken across pages. Render it with an <see cref="IPdfRenderer"/>.
/// </summary>
/// <example>
/// <code>
/// var letter = new Document("Undangan Mediasi") { FontSize = 12, Footer = PageBand.PageNumbers() }
///     .Add(Letterhead.Create(["KEMENTERIAN …", "BADAN …"], "BALAI …", "Jalan …"))
///     .Add(new KeyValueBlock(("Nomor", "B.123/BP3MI.SULTRA/XI/2026"), ("Hal", "Undangan Mediasi")))
///     .Add(new Paragraph("Dengan hormat, …") { Alignment = TextAlignment.Justify });
/// byte[] pdf = renderer.Render(letter);
/// </code>
/// </example>
public sealed class Document(string title)
{
    /// <summary>The document title, stored in the PDF's metadata (shown by viewers in the title bar).</summary>
    public string Title { get; init; } = title;

    /// <summary>Optional subject stored in the PDF's metadata.</summary>
    public string? Subject { get; init; }

    /// <summary>The author stored in the PDF's metadata.</summary>
    public string Author { get; init; } = "BP3MI Sulawesi Tenggara";

    /// <summary>Paper size and margins; A4 with the office's usual margins by default.</summary>
    public PageSetup Page { get; init; } = PageSetup.A4;

    /// <summary>The typeface family of the whole document.</summary>
    public DocumentFont Font { get; init; } = DocumentFont.Sans;

    /// <summary>The body text size in points; blocks without their own size use it.</summary>
    public double FontSize { get; init; } = 11;

    /// <summary>Text repeated in the top margin of every page, or <c>null</c> for none.</summary>
    public PageBand? Header { get; init; }

    /// <summary>Text repeated in the bottom margin of every page (e.g. <see cref="PageBand.PageNumbers(string, TextAlignment)"/>).</summary>
    public PageBand? Footer { get; init; }

    /// <summary>The content, in reading order. A collection initializer works too: <c>Blocks = { a, b }</c>.</summary>
    public IList<Block> Blocks { get; } = new List<Block>();

    /// <summary>Appends blocks and returns this document, so calls chain.</summary>
    public Document Add(params IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var block in blocks)
        {
            Blocks.Add(block ?? throw new ArgumentNullException(nameof(blocks), "A block is null."));
        }

        return this;
    }
}

/// <summary>The two typeface families a document can use; the font resolver maps them to installed fonts.</summary>
public enum DocumentFont
{
    /// <summary>Arial or a metric-compatible face (Liberation Sans, Arimo), DejaVu Sans as the last resort.</summary>
    Sans,

    /// <summary>Times New Roman or a metric-compatible face (Liberation Serif, Tinos), DejaVu Serif as the last resort.</summary>
    Serif,
}

/// <summary>Paper size and margins, in millimetres.</summary>
public sealed record PageSetup(double WidthMm, double HeightMm, Margins Margins)
{
    /// <summary>A4 portrait (210 × 297 mm) with <see cref="Margins.Default"/>.</summary>
    public static PageSetup A4 { get; } = new(210, 297, Margins.Default);

    /// <summary>F4 / folio portrait (215 × 330 mm), still common in Indonesian offices.</summary>
    public static PageSetup F4 { get; } = new(215, 330, Margins.Default);

    /// <summary>The same paper turned sideways (for wide tables).</summary>
    public PageSetup Landscape() => WidthMm >= HeightMm ? this : this with { WidthMm = HeightMm, HeightMm = WidthMm };
}

/// <summary>Page margins in millimetres. The page header and footer are drawn inside the top and bottom margins.</summary>
public sealed record Margins(double TopMm, double RightMm, double BottomMm, double LeftMm)
{
    /// <summary>Top 20, right 20, bottom 20 and left 25 mm (a wider binding edge, as official letters have).</summary>
    public static Margins Default { get; } = new(20, 20, 20, 25);

    /// <summary>The same margin on every side.</summary>
    public static Margins All(double mm) => new(mm, mm, mm, mm);
}

/// <summary>A page number and the page count, passed to <see cref="PageBand"/> texts.</summary>
public readonly record struct PageNumber(int Number, int Total);

/// <summary>
/// A line of text repeated on every page, in the top margin (<see cref="Document.Header"/>) or the bottom margin
/// (<see cref="Document.Footer"/>), with up to three parts: left, centre and right. Each part is a function of the
/// page number and page count, evaluated after the whole document has been laid out, so "dari Y" is always right.
/// </summary>
public sealed record PageBand
{
    /// <summary>Text at the left edge of the body, or <c>null</c>.</summary>
    public Func<PageNumber, string>? Left { get; init; }

    /// <summary>Text centred on the body, or <c>null</c>.</summary>
    public Func<PageNumber, string>? Center { get; init; }

    /// <summary>Text at the right edge of the body, or <c>null</c>.</summary>
    public Func<PageNumber, string>? Right { get; init; }

    /// <summary>Text size in points.</summary>
    public double FontSize { get; init; } = 8;

    /// <summary>Draw a thin rule between the band and the body.</summary>
    public bool Rule { get; init; }

    /// <summary>Leave the first page without this band (e.g. under a letterhead).</summary>
    public bool SkipFirstPage { get; init; }

    /// <summary>
    /// Page numbers from a composite format string: <c>{0}</c> is the page number, <c>{1}</c> the page count.
    /// The default is Indonesian ("Halaman 1 dari 3"); pass e.g. <c>"Page {0} of {1}"</c> for English.
    /// </summary>
    public static PageBand PageNumbers(string format = "Halaman {0} dari {1}", TextAlignment alignment = TextAlignment.Center)
    {
        ArgumentException.ThrowIfNullOrEmpty(format);
        return PageNumbers((n, total) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, n, total),
            alignment);
    }

    /// <summary>Page numbers from a function of the page number and page count.</summary>
    public static PageBand PageNumbers(Func<int, int, string> text, TextAlignment alignment = TextAlignment.Center)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Aligned(p => text(p.Number, p.Total), alignment);
    }

    /// <summary>The same text on every page.</summary>
    public static PageBand Text(string text, TextAlignment alignment = TextAlignment.Center)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Aligned(_ => text, alignment);
    }

    private static PageBand Aligned(Func<PageNumber, string> text, TextAlignment alignment) => alignment switch
    {
        TextAlignment.Left => new PageBand { Left = text },
        TextAlignment.Right => new PageBand { Right = text },
        _ => new PageBand { Center = text },
    };
}
