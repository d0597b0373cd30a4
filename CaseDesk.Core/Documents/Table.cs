namespace CaseDesk.Core.Documents;

/// <summary>
/// A ruled table. Cell text wraps within its column; the header row is repeated at the top of every page the table
/// continues on; a row is never split across pages unless it is taller than a page by itself.
/// </summary>
/// <example>
/// <code>
/// new Table(
///     [new TableColumn("No.", ColumnWidth.Mm(10), TextAlignment.Right), new TableColumn("Kabupaten/Kota", 3),
///      new TableColumn("Jumlah", 1, TextAlignment.Right)],
///     [new TableRow("1", "Kota Kendari", "12"), new TableRow("", "Jumlah", "12") { Style = TextStyle.Bold }])
/// { Zebra = true }
/// </code>
/// </example>
public sealed record Table : Block
{
    /// <summary>A table with the given columns and rows.</summary>
    public Table(IEnumerable<TableColumn> columns, IEnumerable<TableRow> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Columns = [.. columns];
        Rows = [.. rows];
        SpaceAfterPt = 8;
    }

    /// <summary>The columns, left to right; their headers form the header row.</summary>
    public IReadOnlyList<TableColumn> Columns { get; init; }

    /// <summary>The body rows. A row with fewer cells than columns leaves the rest empty.</summary>
    public IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>Show the header row (bold on grey).</summary>
    public bool ShowHeader { get; init; } = true;

    /// <summary>Repeat the header row at the top of each page the table continues on.</summary>
    public bool RepeatHeader { get; init; } = true;

    /// <summary>Shade every other body row light grey.</summary>
    public bool Zebra { get; init; }

    /// <summary>Draw cell borders.</summary>
    public bool Borders { get; init; } = true;

    /// <summary>Text size in points, or <c>null</c> for one point less than the document's size.</summary>
    public double? FontSize { get; init; }
}

/// <summary>A table column: header text, width and the alignment of its cells.</summary>
public sealed record TableColumn(string Header, ColumnWidth Width, TextAlignment Alignment = TextAlignment.Left)
{
    /// <summary>A column with relative width 1.</summary>
    public TableColumn(string header) : this(header, ColumnWidth.Relative(1))
    {
    }
}

/// <summary>
/// A column width: fixed in millimetres, or a relative weight sharing the width left over by the fixed columns.
/// A number converts to a relative weight.
/// </summary>
public readonly record struct ColumnWidth
{
    private ColumnWidth(double value, bool isMillimetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        Value = value;
        IsMillimetres = isMillimetres;
    }

    /// <summary>The millimetres or the weight.</summary>
    public double Value { get; }

    /// <summary><c>true</c> for a fixed width in millimetres, <c>false</c> for a relative weight.</summary>
    public bool IsMillimetres { get; }

    /// <summary>A fixed width.</summary>
    public static ColumnWidth Mm(double millimetres) => new(millimetres, true);

    /// <summary>A share of the remaining width proportional to <paramref name="weight"/>.</summary>
    public static ColumnWidth Relative(double weight) => new(weight, false);

    /// <summary>A relative weight.</summary>
    public static implicit operator ColumnWidth(double weight) => Relative(weight);
}

/// <summary>A table body row.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells)
{
    /// <summary>A row from its cell texts.</summary>
    public TableRow(params string[] cells) : this((IReadOnlyList<string>)cells)
    {
    }

    /// <summary>Style of the whole row, e.g. <see cref="TextStyle.Bold"/> for a totals row.</summary>
    public TextStyle Style { get; init; }

    /// <summary>A row from its cell texts.</summary>
    public static implicit operator TableRow(string[] cells) => new(cells);
}

/// <summary>
/// A horizontal bar chart: a label column, bars on an automatically chosen scale with grid lines, and each bar's
/// value at its end. Kept on one page when it fits.
/// </summary>
public sealed record BarChart : Block
{
    /// <summary>A chart; a <c>(label, value)</c> tuple converts to a bar.</summary>
    public BarChart(string? title, params IEnumerable<BarChartItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Title = title;
        Items = [.. items];
        KeepTogether = true;
        SpaceBeforePt = 4;
        SpaceAfterPt = 10;
    }

    /// <summary>Bold, centred title above the chart, or <c>null</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The bars, top to bottom. Negative values are drawn as empty bars.</summary>
    public IReadOnlyList<BarChartItem> Items { get; init; }

    /// <summary>Formats values and scale labels; by default whole numbers with "." thousands separators.</summary>
    public Func<double, string>? FormatValue { get; init; }

    /// <summary>Thickness of a bar in millimetres.</summary>
    public double BarHeightMm { get; init; } = 5;

    /// <summary>Width of the label column in millimetres, or <c>null</c> to fit the labels (at most 35 % of the width).</summary>
    public double? LabelWidthMm { get; init; }

    /// <summary>Text size in points, or <c>null</c> for one point less than the document's size.</summary>
    public double? FontSize { get; init; }

    /// <summary>Shown instead of bars when there are no items.</summary>
    public string EmptyText { get; init; } = "Tidak ada data";
}

/// <summary>One bar.</summary>
public sealed record BarChartItem(string Label, double Value)
{
    /// <summary>Converts <c>("Kota Kendari", 12)</c>.</summary>
    public static implicit operator BarChartItem((string Label, double Value) item) => new(item.Label, item.Value);
}

/// <summary>
/// Signatures side by side (one to three): optional place and date ("Kendari, 23 November 2026") above the last one,
/// each signatory's title, blank space to sign in, the name in bold underlined and "NIP. …". A single signature sits
/// in the right half of the page. Never split across pages.
/// </summary>
/// <example>
/// <code>
/// new SignatureBlock(new Signatory("Kepala Balai,", "La Ode Rusdin", "197801012005011001"))
/// { PlaceAndDate = $"Kendari, {IndonesianText.LongDate(today)}" }
/// </code>
/// </example>
public sealed record SignatureBlock : Block
{
    /// <summary>One to three signatories, left to right.</summary>
    public SignatureBlock(params IEnumerable<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        Signatories = [.. signatories];
        SpaceBeforePt = 12;
        SpaceAfterPt = 12;
    }

    /// <summary>The signatories, left to right (1–3).</summary>
    public IReadOnlyList<Signatory> Signatories { get; init; }

    /// <summary>Place and date line above the last signatory, or <c>null</c>.</summary>
    public string? PlaceAndDate { get; init; }

    /// <summary>Height of the blank space for the signature (and stamp), in millimetres.</summary>
    public double SignatureSpaceMm { get; init; } = 22;

    /// <summary>Text size in points, or <c>null</c> for the document's size.</summary>
    public double? FontSize { get; init; }
}

/// <summary>
/// A person who signs. <paramref name="Title"/> may span lines with <c>'\n'</c> (e.g. "a.n. Kepala Balai\nKepala Seksi
/// …,"); <paramref name="Nip"/> is printed as "NIP. …" when given (civil servants only).
/// </summary>
public sealed record Signatory(string Title, string Name, string? Nip = null);
