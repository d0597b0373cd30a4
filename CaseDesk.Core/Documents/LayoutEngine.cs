namespace CaseDesk.Core.Documents;

/// <summary>
/// Lays a <see cref="Document"/> out into pages of primitives: first every block becomes units, then the units are
/// paginated, then headers and footers are added once the page count is known.
/// </summary>
internal sealed class LayoutEngine
{
    internal const double PointsPerMm = 72 / 25.4;
    private const double Epsilon = 0.01;

    private static readonly Rgb RuleColor = new(0, 0, 0);
    private static readonly Rgb BorderColor = new(64, 64, 64);
    private static readonly Rgb HeaderFill = new(217, 217, 217);
    private static readonly Rgb ZebraFill = new(242, 242, 242);
    private static readonly Rgb GridColor = new(210, 210, 210);
    private static readonly Rgb AxisColor = new(90, 90, 90);
    private static readonly Rgb BarFill = new(47, 85, 151);
    private static readonly Rgb MutedText = new(70, 70, 70);

    private readonly Document document;
    private readonly ITextMeasurer measurer;
    private readonly TextFlow flow;
    private readonly double pageWidth;
    private readonly double pageHeight;
    private readonly double left;
    private readonly double right;
    private readonly double top;
    private readonly double bottom;

    private LayoutEngine(Document document, ITextMeasurer measurer)
    {
        this.document = document;
        this.measurer = measurer;
        flow = new TextFlow(measurer);
        var page = document.Page;
        pageWidth = page.WidthMm * PointsPerMm;
        pageHeight = page.HeightMm * PointsPerMm;
        left = page.Margins.LeftMm * PointsPerMm;
        right = pageWidth - page.Margins.RightMm * PointsPerMm;
        top = page.Margins.TopMm * PointsPerMm;
        bottom = pageHeight - page.Margins.BottomMm * PointsPerMm;
        if (right - left < 20 || bottom - top < 20)
        {
            throw new ArgumentException("The margins leave no room for the body of the page.", nameof(document));
        }
    }

    private double Width => right - left;

    private double ContentHeight => bottom - top;

    public static DocumentLayout Layout(Document document, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new LayoutEngine(document, measurer).Run();
    }

    private DocumentLayout Run()
    {
        var units = new List<LayoutUnit>();
        double pendingSpaceAfter = 0;
        foreach (var block in document.Blocks)
        {
            var blockUnits = LayoutBlock(block);
            if (blockUnits.Count == 0)
            {
                continue;
            }

            blockUnits[0].SpaceBefore += pendingSpaceAfter + block.SpaceBeforePt;
            if (block.KeepTogether)
            {
                for (var i = 0; i < blockUnits.Count - 1; i++)
                {
                    blockUnits[i].KeepWithNext = true;
                }
            }

            if (block.KeepWithNext)
            {
                blockUnits[^1].KeepWithNext = true;
            }

            units.AddRange(blockUnits);
            pendingSpaceAfter = block.SpaceAfterPt;
        }

        var pages = Paginate(units);
        for (var i = 0; i < pages.Count; i++)
        {
            var number = new PageNumber(i + 1, pages.Count);
            if (document.Header is { } header && !(header.SkipFirstPage && i == 0))
            {
                DrawBand(pages[i].Fixed, header, number, isHeader: true);
            }

            if (document.Footer is { } footer && !(footer.SkipFirstPage && i == 0))
            {
                DrawBand(pages[i].Fixed, footer, number, isHeader: false);
            }
        }

        return new DocumentLayout(pageWidth, pageHeight, pages);
    }

    private List<PageLayout> Paginate(List<LayoutUnit> units)
    {
        var pages = new List<PageLayout> { new() };
        var page = pages[0];
        var y = top;

        void NewPage()
        {
            page = new PageLayout();
            pages.Add(page);
            y = top;
        }

        void Place(LayoutUnit unit, double space)
        {
            page.Units.Add(new PlacedUnit(unit, y + space));
            y += space + unit.Height;
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var empty = page.Units.Count == 0;
            if (unit.PageBreakBefore)
            {
                if (!empty)
                {
                    NewPage();
                }

                continue;
            }

            if (unit.Discardable)
            {
                if (!empty)
                {
                    if (y + unit.SpaceBefore + unit.Height > bottom + Epsilon)
                    {
                        NewPage();
                    }
                    else
                    {
                        y += unit.SpaceBefore + unit.Height;
                    }
                }

                continue;
            }

            var space = empty ? 0 : unit.SpaceBefore;
            if (!empty)
            {
                var chain = ChainHeight(units, i);
                var room = bottom - y - space;
                var headerHeight = unit.RepeatedHeader?.Sum(h => h.Height) ?? 0;
                var chainFitsOnAPage = chain <= ContentHeight - headerHeight + Epsilon;
                if ((chain > room + Epsilon && chainFitsOnAPage) || unit.Height > room + Epsilon)
                {
                    NewPage();
                    empty = true;
                    space = 0;
                }
            }

            if (empty && pages.Count > 1 && unit.RepeatedHeader is { } repeated)
            {
                foreach (var headerUnit in repeated)
                {
                    Place(headerUnit, 0);
                }
            }

            Place(unit, space);
        }

        return pages;
    }

    private double ChainHeight(List<LayoutUnit> units, int start)
    {
        var height = units[start].Height;
        for (var j = start; units[j].KeepWithNext && j + 1 < units.Count && height <= ContentHeight; j++)
        {
            var next = units[j + 1];
            if (next.PageBreakBefore)
            {
                break;
            }

            height += next.SpaceBefore + next.Height;
        }

        return height;
    }

    private void DrawBand(List<Primitive> target, PageBand band, PageNumber number, bool isHeader)
    {
        var font = new FontSpec(document.Font, band.FontSize, false, false);
        var metrics = measurer.Metrics(font);
        var margin = isHeader ? top : pageHeight - bottom;
        var middle = isHeader ? margin / 2 : pageHeight - margin / 2;
        var baseline = middle + (metrics.Ascent - metrics.Descent) / 2;
        var color = MutedText;

        void Part(Func<PageNumber, string>? part, TextAlignment alignment)
        {
            if (part?.Invoke(number) is not { Length: > 0 } text)
            {
                return;
            }

            var width = measurer.Width(text, font);
            var x = alignment switch
            {
                TextAlignment.Center => (left + right - width) / 2,
                TextAlignment.Right => right - width,
                _ => left,
            };
            target.Add(new TextPrimitive(x, baseline, text, font, color));
        }

        Part(band.Left, TextAlignment.Left);
        Part(band.Center, TextAlignment.Center);
        Part(band.Right, TextAlignment.Right);
        if (band.Rule)
        {
            var y = isHeader ? baseline + metrics.Descent + 3 : baseline - metrics.Ascent - 3;
            target.Add(new LinePrimitive(left, y, right, y, 0.5, color));
        }
    }

    private List<LayoutUnit> LayoutBlock(Block block) => block switch
    {
        Paragraph p => LayoutParagraph(p.Runs, p.FontSize ?? document.FontSize, p.Alignment, p.LineSpacing,
            p.LeftIndentMm * PointsPerMm, p.RightIndentMm * PointsPerMm, p.FirstLineIndentMm * PointsPerMm),
        Heading h => LayoutHeading(h),
        Letterhead l => [LayoutLetterhead(l)],
        KeyValueBlock kv => LayoutKeyValues(kv),
        ListBlock list => LayoutList(list),
        Table t => LayoutTable(t),
        BarChart chart => LayoutBarChart(chart),
        SignatureBlock s => [LayoutSignatures(s)],
        Spacer s => [new LayoutUnit(Math.Max(0, s.HeightMm) * PointsPerMm) { Discardable = true }],
        PageBreak => [new LayoutUnit(0) { PageBreakBefore = true }],
        _ => throw new NotSupportedException($"Block type {block.GetType().Name} is not supported by the layout engine."),
    };

    private (FontMetrics Metrics, double LineHeight, double BaselineOffset) LineBox(FontSpec font, double lineSpacing)
    {
        var metrics = measurer.Metrics(font);
        var lineHeight = metrics.LineSpacing * (lineSpacing > 0 ? lineSpacing : 1);
        var baseline = (lineHeight - metrics.Ascent - metrics.Descent) / 2 + metrics.Ascent;
        return (metrics, lineHeight, baseline);
    }

    private List<LayoutUnit> LayoutParagraph(IReadOnlyList<TextRun> runs, double size, TextAlignment alignment,
        double lineSpacing, double leftIndent, double rightIndent, double firstLineIndent)
    {
        var (_, lineHeight, baseline) = LineBox(new FontSpec(document.Font, size, false, false), lineSpacing);
        var x = left + leftIndent;
        var width = Math.Max(10, Width - leftIndent - rightIndent);
        var firstX = x + firstLineIndent;
        var firstWidth = Math.Max(10, width - firstLineIndent);
        var lines = flow.Break(runs, document.Font, size, firstWidth, width);

        var units = new List<LayoutUnit>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var unit = new LayoutUnit(lineHeight);
            flow.Emit(unit.Primitives, lines[i], i == 0 ? firstX : x, i == 0 ? firstWidth : width, baseline, alignment,
                Rgb.Black);
            units.Add(unit);
        }

        KeepParagraphEnds(units);
        return units;
    }

    /// <summary>Widow and orphan control: never leave a paragraph's first or last line alone on a page.</summary>
    private static void KeepParagraphEnds(List<LayoutUnit> lines)
    {
        if (lines.Count >= 2)
        {
            lines[0].KeepWithNext = true;
            lines[^2].KeepWithNext = true;
        }
    }

    private List<LayoutUnit> LayoutHeading(Heading heading)
    {
        var size = document.FontSize + heading.Level switch { 1 => 3, 2 => 1, _ => 0 };
        var style = TextStyle.Bold | (heading.Underline ? TextStyle.Underline : TextStyle.Regular);
        var units = LayoutParagraph([new TextRun(heading.Text, style)], size, heading.Alignment, 1, 0, 0, 0);
        foreach (var unit in units.Take(units.Count - 1))
        {
            unit.KeepWithNext = true;
        }

        return units;
    }

    private LayoutUnit LayoutLetterhead(Letterhead letterhead)
    {
        var primitives = new List<Primitive>();
        double y = 0;
        foreach (var line in letterhead.Lines)
        {
            var size = line.FontSize;
            var font = FontSpec.From(document.Font, size, line.Style);
            var natural = measurer.Width(line.Text, font);
            if (natural > Width)
            {
                // A letterhead line is meant to be one line: shrink it (down to 75 %) before wrapping it.
                size = Math.Max(line.FontSize * 0.75, line.FontSize * Width / natural * 0.995);
                font = font with { Size = size };
            }

            var (_, lineHeight, baseline) = LineBox(font, 1);
            foreach (var textLine in flow.Break([new TextRun(line.Text, line.Style)], document.Font, size, Width, Width))
            {
                flow.Emit(primitives, textLine, left, Width, y + baseline, TextAlignment.Center, Rgb.Black);
                y += lineHeight;
            }
        }

        if (letterhead.DoubleRule)
        {
            y += 4;
            primitives.Add(new LinePrimitive(left, y + 1.25, right, y + 1.25, 2.5, RuleColor));
            y += 2.5 + 1.5;
            primitives.Add(new LinePrimitive(left, y + 0.4, right, y + 0.4, 0.8, RuleColor));
            y += 0.8;
        }

        var unit = new LayoutUnit(y);
        unit.Primitives.AddRange(primitives);
        return unit;
    }

    private List<LayoutUnit> LayoutKeyValues(KeyValueBlock block)
    {
        var size = block.FontSize ?? document.FontSize;
        var regular = new FontSpec(document.Font, size, false, false);
        var (_, lineHeight, baseline) = LineBox(regular, block.LineSpacing);
        var x = left + block.LeftIndentMm * PointsPerMm;
        var available = right - x;
        const double gap = 6;

        var labelWidth = block.LabelWidthMm is { } mm
            ? mm * PointsPerMm
            : Math.Min(block.Items.Select(i => measurer.Width(i.Label, regular)).DefaultIfEmpty(0).Max() + gap,
                available * 0.4);
        var separatorWidth = measurer.Width(block.Separator, regular);
        var valueX = x + labelWidth + separatorWidth + gap;
        var valueWidth = Math.Max(20, right - valueX);

        var units = new List<LayoutUnit>();
        foreach (var item in block.Items)
        {
            var labels = flow.Break(item.Label, regular, Math.Max(10, labelWidth - gap));
            var values = flow.Break([new TextRun(item.Value, item.ValueStyle)], document.Font, size, valueWidth,
                valueWidth);
            var rows = Math.Max(labels.Count, values.Count);
            var itemUnits = new List<LayoutUnit>(rows);
            for (var r = 0; r < rows; r++)
            {
                var unit = new LayoutUnit(lineHeight);
                if (r < labels.Count)
                {
                    flow.Emit(unit.Primitives, labels[r], x, labelWidth - gap, baseline, TextAlignment.Left, Rgb.Black);
                }

                if (r == 0)
                {
                    unit.Primitives.Add(new TextPrimitive(x + labelWidth, baseline, block.Separator, regular, Rgb.Black));
                }

                if (r < values.Count)
                {
                    flow.Emit(unit.Primitives, values[r], valueX, valueWidth, baseline, TextAlignment.Left, Rgb.Black);
                }

                itemUnits.Add(unit);
            }

            KeepParagraphEnds(itemUnits);
            units.AddRange(itemUnits);
        }

        return units;
    }

    private List<LayoutUnit> LayoutList(ListBlock list)
    {
        var size = list.FontSize ?? document.FontSize;
        var regular = new FontSpec(document.Font, size, false, false);
        var (_, lineHeight, baseline) = LineBox(regular, 1);
        var markers = list.Items.Select((_, i) => Marker(list.Style, list.Start + i)).ToList();
        var markerWidth = markers.Select(m => measurer.Width(m, regular)).DefaultIfEmpty(0).Max() + 2.5 * PointsPerMm;
        var x = left + list.LeftIndentMm * PointsPerMm;
        var textX = x + markerWidth;
        var width = Math.Max(20, right - textX);

        var units = new List<LayoutUnit>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var lines = flow.Break(list.Items[i].Runs, document.Font, size, width, width);
            var itemUnits = new List<LayoutUnit>(lines.Count);
            for (var l = 0; l < lines.Count; l++)
            {
                var unit = new LayoutUnit(lineHeight) { SpaceBefore = l == 0 && i > 0 ? 2 : 0 };
                if (l == 0)
                {
                    unit.Primitives.Add(new TextPrimitive(x, baseline, markers[i], regular, Rgb.Black));
                }

                flow.Emit(unit.Primitives, lines[l], textX, width, baseline, list.Alignment, Rgb.Black);
                itemUnits.Add(unit);
            }

            KeepParagraphEnds(itemUnits);
            units.AddRange(itemUnits);
        }

        return units;
    }

    private static string Marker(ListStyle style, int number) => style switch
    {
        ListStyle.Numbered => $"{number}.",
        ListStyle.Lettered => $"{Letters(number)}.",
        ListStyle.Dash => "-",
        _ => "•",
    };

    private static string Letters(int number)
    {
        var letters = "";
        for (var n = Math.Max(1, number); n > 0; n = (n - 1) / 26)
        {
            letters = (char)('a' + (n - 1) % 26) + letters;
        }

        return letters;
    }

    private List<LayoutUnit> LayoutTable(Table table)
    {
        var columns = table.Columns;
        if (columns.Count == 0)
        {
            return [];
        }

        var size = table.FontSize ?? document.FontSize - 1;
        var (_, lineHeight, baseline) = LineBox(new FontSpec(document.Font, size, false, false), 1);
        const double padX = 4, padY = 2.5;

        var widths = ColumnWidths(columns);
        var xs = new double[columns.Count + 1];
        xs[0] = left;
        for (var c = 0; c < columns.Count; c++)
        {
            xs[c + 1] = xs[c] + widths[c];
        }

        List<TextLine>[] BreakCells(Func<int, string> text, TextStyle style) =>
        [
            .. Enumerable.Range(0, columns.Count).Select(c =>
                flow.Break([new TextRun(text(c), style)], document.Font, size, Math.Max(5, widths[c] - 2 * padX),
                    Math.Max(5, widths[c] - 2 * padX))),
        ];

        LayoutUnit RowUnit(List<TextLine>[] cells, int from, int count, Rgb? fill, bool header)
        {
            var unit = new LayoutUnit(count * lineHeight + 2 * padY);
            if (fill is { } f)
            {
                unit.Primitives.Add(new RectPrimitive(xs[0], 0, xs[^1] - xs[0], unit.Height, f));
            }

            for (var c = 0; c < columns.Count; c++)
            {
                var alignment = header ? TextAlignment.Center : columns[c].Alignment;
                for (var l = from; l < Math.Min(cells[c].Count, from + count); l++)
                {
                    flow.Emit(unit.Primitives, cells[c][l], xs[c] + padX, widths[c] - 2 * padX,
                        padY + (l - from) * lineHeight + baseline, alignment, Rgb.Black);
                }
            }

            if (table.Borders)
            {
                const double t = 0.5;
                unit.Primitives.Add(new LinePrimitive(xs[0], 0, xs[^1], 0, t, BorderColor));
                unit.Primitives.Add(new LinePrimitive(xs[0], unit.Height, xs[^1], unit.Height, t, BorderColor));
                foreach (var x in xs)
                {
                    unit.Primitives.Add(new LinePrimitive(x, 0, x, unit.Height, t, BorderColor));
                }
            }

            return unit;
        }

        var units = new List<LayoutUnit>();
        List<LayoutUnit>? header = null;
        if (table.ShowHeader)
        {
            var cells = BreakCells(c => columns[c].Header, TextStyle.Bold);
            var headerUnit = RowUnit(cells, 0, cells.Max(l => l.Count), HeaderFill, header: true);
            headerUnit.KeepWithNext = table.Rows.Count > 0;
            header = [headerUnit];
            units.Add(headerUnit);
        }

        var headerHeight = header?.Sum(h => h.Height) ?? 0;
        var maxLines = Math.Max(1, (int)Math.Floor((ContentHeight - headerHeight - 2 * padY - 1) / lineHeight));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = BreakCells(c => c < row.Cells.Count ? row.Cells[c] ?? "" : "", row.Style);
            var fill = table.Zebra && r % 2 == 1 ? ZebraFill : (Rgb?)null;
            var lines = cells.Max(l => l.Count);

            // A row taller than a page is the one case where a row is split, between lines of its cells.
            for (var from = 0; from < lines; from += maxLines)
            {
                var unit = RowUnit(cells, from, Math.Min(maxLines, lines - from), fill, header: false);
                unit.RepeatedHeader = table.RepeatHeader ? header : null;
                units.Add(unit);
            }
        }

        return units;
    }

    private double[] ColumnWidths(IReadOnlyList<TableColumn> columns)
    {
        var fixedTotal = columns.Where(c => c.Width.IsMillimetres).Sum(c => c.Width.Value * PointsPerMm);
        var weightTotal = columns.Where(c => !c.Width.IsMillimetres).Sum(c => c.Width.Value);
        var fixedScale = 1.0;
        if (weightTotal > 0 && fixedTotal > Width * 0.85)
        {
            fixedScale = Width * 0.85 / fixedTotal;
        }
        else if (weightTotal == 0 && fixedTotal > Width)
        {
            fixedScale = Width / fixedTotal;
        }

        var remaining = Math.Max(0, Width - fixedTotal * fixedScale);
        return
        [
            .. columns.Select(c => c.Width.IsMillimetres
                ? c.Width.Value * PointsPerMm * fixedScale
                : remaining * c.Width.Value / weightTotal),
        ];
    }

    private List<LayoutUnit> LayoutBarChart(BarChart chart)
    {
        var size = chart.FontSize ?? document.FontSize - 1;
        var regular = new FontSpec(document.Font, size, false, false);
        var (metrics, lineHeight, baseline) = LineBox(regular, 1);
        var format = chart.FormatValue ?? IndonesianText.Number;
        var units = new List<LayoutUnit>();

        if (!string.IsNullOrWhiteSpace(chart.Title))
        {
            units.AddRange(LayoutParagraph([TextRun.Bold(chart.Title)], size + 1, TextAlignment.Center, 1, 0, 0, 0));
            units[^1].KeepWithNext = true;
        }

        if (chart.Items.Count == 0)
        {
            var empty = LayoutParagraph([TextRun.Italic(chart.EmptyText)], size, TextAlignment.Center, 1, 0, 0, 0);
            empty[0].SpaceBefore = 4;
            units.AddRange(empty);
            return units;
        }

        var values = chart.Items.Select(i => double.IsFinite(i.Value) ? i.Value : 0).ToList();
        var (scaleMax, step) = NiceScale(values.Max(), values.All(v => v == Math.Round(v)));
        const double gap = 6;

        var labelWidth = chart.LabelWidthMm is { } mm
            ? mm * PointsPerMm
            : Math.Min(chart.Items.Max(i => measurer.Width(i.Label, regular)) + gap, Width * 0.35);
        var valueTexts = values.Select(format).ToList();
        var valueWidth = valueTexts.Max(t => measurer.Width(t, regular));
        var ticks = Enumerable.Range(0, (int)Math.Round(scaleMax / step) + 1).Select(k => k * step).ToList();
        var tickWidth = measurer.Width(format(scaleMax), regular);
        var plotLeft = left + labelWidth;
        var plotRight = Math.Max(plotLeft + 40, right - Math.Max(valueWidth + gap, tickWidth / 2));
        var plotWidth = plotRight - plotLeft;
        double X(double v) => plotLeft + Math.Clamp(v, 0, scaleMax) / scaleMax * plotWidth;

        var barHeight = Math.Max(2, chart.BarHeightMm * PointsPerMm);
        for (var i = 0; i < chart.Items.Count; i++)
        {
            var labelLines = flow.Break(chart.Items[i].Label, regular, Math.Max(10, labelWidth - gap));
            if (labelLines.Count > 2)
            {
                labelLines = [labelLines[0], Ellipsis(labelLines[1], regular, labelWidth - gap)];
            }

            var rowHeight = Math.Max(barHeight + 5, labelLines.Count * lineHeight + 3);
            var unit = new LayoutUnit(rowHeight);
            foreach (var tick in ticks.Skip(1))
            {
                unit.Primitives.Add(new LinePrimitive(X(tick), 0, X(tick), rowHeight, 0.4, GridColor));
            }

            var barTop = (rowHeight - barHeight) / 2;
            var barEnd = X(values[i]);
            if (barEnd > plotLeft)
            {
                unit.Primitives.Add(new RectPrimitive(plotLeft, barTop, barEnd - plotLeft, barHeight, BarFill));
            }

            unit.Primitives.Add(new LinePrimitive(plotLeft, 0, plotLeft, rowHeight, 0.75, AxisColor));
            var labelTop = (rowHeight - labelLines.Count * lineHeight) / 2;
            for (var l = 0; l < labelLines.Count; l++)
            {
                flow.Emit(unit.Primitives, labelLines[l], left, labelWidth - gap, labelTop + l * lineHeight + baseline,
                    TextAlignment.Right, Rgb.Black);
            }

            var valueBaseline = rowHeight / 2 + (metrics.Ascent - metrics.Descent) / 2;
            unit.Primitives.Add(new TextPrimitive(barEnd + 3, valueBaseline, valueTexts[i], regular, Rgb.Black));
            units.Add(unit);
        }

        var axis = new LayoutUnit(lineHeight + 3);
        axis.Primitives.Add(new LinePrimitive(plotLeft, 0, plotRight, 0, 0.75, AxisColor));
        var tickFont = regular with { Size = size - 1 };
        var tickBaseline = 2 + measurer.Metrics(tickFont).Ascent;
        foreach (var tick in ticks)
        {
            var text = format(tick);
            axis.Primitives.Add(new LinePrimitive(X(tick), 0, X(tick), 2, 0.75, AxisColor));
            axis.Primitives.Add(new TextPrimitive(X(tick) - measurer.Width(text, tickFont) / 2, tickBaseline, text,
                tickFont, MutedText));
        }

        units.Add(axis);
        return units;
    }

    private TextLine Ellipsis(TextLine line, FontSpec font, double width)
    {
        var text = string.Join(" ", line.Words.Select(w => string.Concat(w.Fragments.Select(f => f.Text))));
        while (text.Length > 1 && measurer.Width(text + "…", font) > width)
        {
            text = text[..^1];
        }

        var result = flow.Break(text.TrimEnd() + "…", font, double.MaxValue)[0];
        return result;
    }

    /// <summary>A round maximum and step for the scale: 1, 2, 2.5 or 5 times a power of ten, about five steps.</summary>
    internal static (double Max, double Step) NiceScale(double max, bool wholeNumbers)
    {
        if (!(max > 0))
        {
            return (1, 1);
        }

        var rough = max / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var normalized = rough / magnitude;
        var step = (normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 2.5 ? 2.5 : normalized <= 5 ? 5 : 10) * magnitude;
        if (wholeNumbers)
        {
            step = Math.Max(1, Math.Ceiling(step));
        }

        return (Math.Ceiling(max / step - 1e-9) * step, step);
    }

    private LayoutUnit LayoutSignatures(SignatureBlock block)
    {
        var count = block.Signatories.Count;
        if (count is < 1 or > 3)
        {
            throw new ArgumentException($"A signature block holds one to three signatories, not {count}.",
                nameof(block));
        }

        var size = block.FontSize ?? document.FontSize;
        var regular = new FontSpec(document.Font, size, false, false);
        var (_, lineHeight, baseline) = LineBox(regular, 1);
        var columnWidth = count == 1 ? Width / 2 : Width / count;
        double ColumnLeft(int i) => count == 1 ? right - columnWidth : left + i * columnWidth;
        var inner = columnWidth - 8;

        var placeLines = block.PlaceAndDate is { Length: > 0 } place ? flow.Break(place, regular, inner) : [];
        var titles = block.Signatories.Select(s => flow.Break(s.Title, regular, inner)).ToList();
        var titleRows = titles.Max(t => t.Count);
        var nameTop = (placeLines.Count + titleRows) * lineHeight + block.SignatureSpaceMm * PointsPerMm;
        var names = block.Signatories.Select(s => flow.Break([new TextRun(s.Name, TextStyle.Bold | TextStyle.Underline)],
            document.Font, size, inner, inner)).ToList();
        var nameRows = names.Max(n => n.Count);
        var hasNip = block.Signatories.Any(s => !string.IsNullOrWhiteSpace(s.Nip));
        var unit = new LayoutUnit(nameTop + lineHeight * (nameRows + (hasNip ? 1 : 0)));

        for (var i = 0; i < count; i++)
        {
            var x = ColumnLeft(i) + 4;
            var y = 0.0;
            if (i == count - 1)
            {
                foreach (var line in placeLines)
                {
                    flow.Emit(unit.Primitives, line, x, inner, y + baseline, TextAlignment.Center, Rgb.Black);
                    y += lineHeight;
                }
            }

            y = placeLines.Count * lineHeight;
            foreach (var line in titles[i])
            {
                flow.Emit(unit.Primitives, line, x, inner, y + baseline, TextAlignment.Center, Rgb.Black);
                y += lineHeight;
            }

            y = nameTop;
            foreach (var line in names[i])
            {
                flow.Emit(unit.Primitives, line, x, inner, y + baseline, TextAlignment.Center, Rgb.Black);
                y += lineHeight;
            }

            if (block.Signatories[i].Nip is { } nipNumber && !string.IsNullOrWhiteSpace(nipNumber))
            {
                var nip = $"NIP. {nipNumber}";
                var width = measurer.Width(nip, regular);
                unit.Primitives.Add(new TextPrimitive(x + (inner - width) / 2, y + baseline, nip, regular, Rgb.Black));
            }
        }

        return unit;
    }
}
