namespace CaseDesk.Core.Documents;

/// <summary>
/// Something laid out in the document's flow. Spacing is in points (like a word processor's "spacing before/after");
/// geometry such as indents and column widths is in millimetres.
/// </summary>
public abstract record Block
{
    /// <summary>Vertical space above the block, in points; dropped at the top of a page.</summary>
    public double SpaceBeforePt { get; init; }

    /// <summary>Vertical space below the block, in points.</summary>
    public double SpaceAfterPt { get; init; }

    /// <summary>
    /// Never split this block across pages: when it does not fit in what is left of the page it starts on the next
    /// one. A block taller than a whole page is split anyway.
    /// </summary>
    public bool KeepTogether { get; init; }

    /// <summary>Keep the end of this block on the same page as the start of the next block (e.g. a caption).</summary>
    public bool KeepWithNext { get; init; }
}

/// <summary>Empty vertical space.</summary>
/// <param name="HeightMm">The height in millimetres; dropped at the top of a page.</param>
public sealed record Spacer(double HeightMm) : Block;

/// <summary>Starts a new page (does nothing at the top of a page).</summary>
public sealed record PageBreak : Block;

/// <summary>A paragraph of text runs that wraps within the body width.</summary>
public sealed record Paragraph : Block
{
    /// <summary>A paragraph of mixed runs; strings convert to regular runs.</summary>
    public Paragraph(params IEnumerable<TextRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        Runs = [.. runs];
        SpaceAfterPt = 6;
    }

    /// <summary>A paragraph in one style.</summary>
    public Paragraph(string text, TextStyle style = TextStyle.Regular) : this([new TextRun(text, style)])
    {
    }

    /// <summary>The text.</summary>
    public IReadOnlyList<TextRun> Runs { get; init; }

    /// <summary>Line alignment; <see cref="TextAlignment.Justify"/> is what official letters use for their body.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Text size in points, or <c>null</c> for the document's size.</summary>
    public double? FontSize { get; init; }

    /// <summary>Extra indent of the first line, in millimetres (negative for a hanging indent).</summary>
    public double FirstLineIndentMm { get; init; }

    /// <summary>Indent of every line from the left edge of the body, in millimetres.</summary>
    public double LeftIndentMm { get; init; }

    /// <summary>Indent of every line from the right edge of the body, in millimetres.</summary>
    public double RightIndentMm { get; init; }

    /// <summary>Line spacing as a multiple of the font's natural line height (1 = single, 1.5, 2).</summary>
    public double LineSpacing { get; init; } = 1;
}

/// <summary>A bold title, kept on the same page as the block after it.</summary>
public sealed record Heading : Block
{
    /// <summary>A heading of the given level: 1 is the largest (document title), 3 the smallest.</summary>
    public Heading(string text, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        Text = text;
        Level = level;
        SpaceBeforePt = level == 1 ? 6 : 10;
        SpaceAfterPt = level == 1 ? 8 : 4;
        KeepWithNext = true;
    }

    /// <summary>The text; <c>'\n'</c> breaks the line.</summary>
    public string Text { get; init; }

    /// <summary>1 (document size + 3 pt), 2 (+ 1 pt) or 3 (document size).</summary>
    public int Level { get; init; }

    /// <summary>Line alignment; official titles such as "BERITA ACARA MEDIASI" are centred.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Underline the heading (a common style for letter titles).</summary>
    public bool Underline { get; init; }
}

/// <summary>
/// The office's letterhead (<i>kop surat</i>): centred lines naming the organisation, then a double rule (thick over
/// thin) across the body width. Lines too wide for the page are shrunk to fit. Never split across pages.
/// </summary>
public sealed record Letterhead : Block
{
    /// <summary>A letterhead from explicit lines.</summary>
    public Letterhead(params IEnumerable<LetterheadLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Lines = [.. lines];
        SpaceAfterPt = 14;
    }

    /// <summary>The lines, top to bottom.</summary>
    public IReadOnlyList<LetterheadLine> Lines { get; init; }

    /// <summary>Draw the double rule under the lines.</summary>
    public bool DoubleRule { get; init; } = true;

    /// <summary>
    /// The usual three-part letterhead: the parent organisation lines (bold, 12 pt), the office's own name (bold,
    /// 13 pt), then address, telephone, e-mail and web lines (9 pt).
    /// </summary>
    /// <example>
    /// <code>
    /// Letterhead.Create(
    ///     ["KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA /", "BADAN PELINDUNGAN PEKERJA MIGRAN INDONESIA"],
    ///     "BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA SULAWESI TENGGARA",
    ///     "Jalan …, Kendari 93117 Telepon (0401) … Pos-el …")
    /// </code>
    /// </example>
    public static Letterhead Create(IEnumerable<string> organisation, string office, params IEnumerable<string> contact)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(contact);
        return new Letterhead(
            [
                .. organisation.Select(l => new LetterheadLine(l, 12)),
                new LetterheadLine(office, 13),
                .. contact.Select(l => new LetterheadLine(l, 9, TextStyle.Regular)),
            ]);
    }
}

/// <summary>One centred letterhead line.</summary>
public sealed record LetterheadLine(string Text, double FontSize, TextStyle Style = TextStyle.Bold);

/// <summary>
/// Labelled values in three columns — label, ":" and value — as in a letter's "Nomor : …", "Sifat : …",
/// "Lampiran : …", "Hal : …" or a list of case facts. Labels and values wrap in their own columns.
/// </summary>
/// <example><code>new KeyValueBlock(("Nomor", "B.123/BP3MI.SULTRA/XI/2026"), ("Sifat", "Penting"))</code></example>
public sealed record KeyValueBlock : Block
{
    /// <summary>The items; a <c>(label, value)</c> tuple converts to an item.</summary>
    public KeyValueBlock(params IEnumerable<KeyValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
        SpaceAfterPt = 6;
    }

    /// <summary>The rows, top to bottom.</summary>
    public IReadOnlyList<KeyValue> Items { get; init; }

    /// <summary>Width of the label column in millimetres, or <c>null</c> to fit the widest label (at most 40 % of the width).</summary>
    public double? LabelWidthMm { get; init; }

    /// <summary>What stands between label and value.</summary>
    public string Separator { get; init; } = ":";

    /// <summary>Text size in points, or <c>null</c> for the document's size.</summary>
    public double? FontSize { get; init; }

    /// <summary>Indent from the left edge of the body, in millimetres.</summary>
    public double LeftIndentMm { get; init; }

    /// <summary>Line spacing as a multiple of the font's natural line height.</summary>
    public double LineSpacing { get; init; } = 1;
}

/// <summary>One row of a <see cref="KeyValueBlock"/>.</summary>
public sealed record KeyValue(string Label, string Value, TextStyle ValueStyle = TextStyle.Regular)
{
    /// <summary>Converts <c>("Nomor", "B.123/…")</c>.</summary>
    public static implicit operator KeyValue((string Label, string Value) item) => new(item.Label, item.Value);
}

/// <summary>How list items are marked.</summary>
public enum ListStyle
{
    /// <summary>"•"</summary>
    Bullet,

    /// <summary>"1.", "2.", …</summary>
    Numbered,

    /// <summary>"a.", "b.", …</summary>
    Lettered,

    /// <summary>"-" (a dash, as some official lists use).</summary>
    Dash,
}

/// <summary>A bulleted or numbered list whose items wrap with a hanging indent (e.g. the "Tembusan:" list).</summary>
public sealed record ListBlock : Block
{
    /// <summary>A list in the given style; strings convert to items.</summary>
    public ListBlock(ListStyle style, params IEnumerable<ListItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Style = style;
        Items = [.. items];
        SpaceAfterPt = 6;
    }

    /// <summary>A bulleted list.</summary>
    public ListBlock(params IEnumerable<ListItem> items) : this(ListStyle.Bullet, items)
    {
    }

    /// <summary>The marker style.</summary>
    public ListStyle Style { get; init; }

    /// <summary>The items.</summary>
    public IReadOnlyList<ListItem> Items { get; init; }

    /// <summary>The number (or letter position) of the first item.</summary>
    public int Start { get; init; } = 1;

    /// <summary>Indent of the markers from the left edge of the body, in millimetres.</summary>
    public double LeftIndentMm { get; init; }

    /// <summary>Text size in points, or <c>null</c> for the document's size.</summary>
    public double? FontSize { get; init; }

    /// <summary>Alignment of the item text.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Left;
}

/// <summary>One list item; a string converts to an item.</summary>
public sealed record ListItem(IReadOnlyList<TextRun> Runs)
{
    /// <summary>An item of mixed runs.</summary>
    public ListItem(params TextRun[] runs) : this((IReadOnlyList<TextRun>)runs)
    {
    }

    /// <summary>A plain item.</summary>
    public static implicit operator ListItem(string text) => new([new TextRun(text)]);
}
