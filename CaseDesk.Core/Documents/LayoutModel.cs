namespace CaseDesk.Core.Documents;

// The layout engine's vocabulary: everything in points, y growing downwards from the top of the page.
// Engine adapters measure text (ITextMeasurer) and draw the primitives; they never see blocks.

internal readonly record struct FontSpec(DocumentFont Family, double Size, bool Bold, bool Italic)
{
    public static FontSpec From(DocumentFont family, double size, TextStyle style) =>
        new(family, size, style.HasFlag(TextStyle.Bold), style.HasFlag(TextStyle.Italic));
}

/// <summary>Vertical font metrics in points; descent and underline position are distances below the baseline.</summary>
internal readonly record struct FontMetrics(
    double Ascent, double Descent, double LineSpacing, double UnderlinePosition, double UnderlineThickness);

internal interface ITextMeasurer
{
    double Width(string text, FontSpec font);

    FontMetrics Metrics(FontSpec font);
}

internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Black { get; } = new(0, 0, 0);
}

internal abstract record Primitive;

internal sealed record TextPrimitive(double X, double Baseline, string Text, FontSpec Font, Rgb Color) : Primitive;

internal sealed record LinePrimitive(double X1, double Y1, double X2, double Y2, double Thickness, Rgb Color) : Primitive;

internal sealed record RectPrimitive(double X, double Y, double Width, double Height, Rgb Fill) : Primitive;

/// <summary>
/// An indivisible slice of the flow (a line of text, a table row, a whole letterhead). Primitives have absolute x and
/// y relative to the unit's top.
/// </summary>
internal sealed class LayoutUnit(double height)
{
    public double Height { get; } = height;

    public double SpaceBefore { get; set; }

    /// <summary>Must share a page with the next unit (keep-together, keep-with-next, widow and orphan control).</summary>
    public bool KeepWithNext { get; set; }

    public bool PageBreakBefore { get; init; }

    /// <summary>Empty space that is dropped at the top of a page.</summary>
    public bool Discardable { get; init; }

    /// <summary>A table's header row, inserted above this unit when it starts a page.</summary>
    public IReadOnlyList<LayoutUnit>? RepeatedHeader { get; set; }

    public List<Primitive> Primitives { get; } = [];
}

internal sealed record PlacedUnit(LayoutUnit Unit, double Top);

internal sealed class PageLayout
{
    public List<PlacedUnit> Units { get; } = [];

    /// <summary>Header and footer, in absolute page coordinates.</summary>
    public List<Primitive> Fixed { get; } = [];
}

internal sealed record DocumentLayout(double Width, double Height, IReadOnlyList<PageLayout> Pages);
