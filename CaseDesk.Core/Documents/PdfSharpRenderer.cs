using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseDesk.Core.Documents;

/// <summary>
/// Renders documents with PDFsharp: lays the document out with the engine-neutral layout engine, measuring text with
/// PDFsharp, then draws each page. Fonts are embedded as subsets with Unicode encoding, so any text the fonts cover
/// (Indonesian, "–", "•", "…") is drawn and can be copied back out. Thread-safe; keep one instance.
/// </summary>
public sealed class PdfSharpRenderer : IPdfRenderer
{
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    /// <summary>A renderer using the operating system's fonts.</summary>
    public PdfSharpRenderer() : this(null)
    {
    }

    /// <summary>
    /// A renderer using fonts found as <paramref name="fonts"/> says. PDFsharp's font settings are process-wide, so
    /// the options of the first renderer created in the process are the ones used.
    /// </summary>
    public PdfSharpRenderer(FontSearchOptions? fonts) => Fonts = PdfSharpSetup.EnsureInitialized(fonts);

    /// <summary>The font resolver in use (which files serve the sans and serif families).</summary>
    public SystemFontResolver Fonts { get; }

    /// <inheritdoc />
    public byte[] Render(Document document)
    {
        using var output = new MemoryStream();
        Render(document, output);
        return output.ToArray();
    }

    /// <inheritdoc />
    public void Render(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        using var measure = MeasureContext(document);
        var measurer = new Measurer(measure);
        var layout = LayoutEngine.Layout(document, measurer);
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Author = document.Author;
        pdf.Info.Creator = "CaseDesk";
        if (document.Subject is { } subject)
        {
            pdf.Info.Subject = subject;
        }

        var paint = new Paint(measurer);
        foreach (var pageLayout in layout.Pages)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(layout.Width);
            page.Height = XUnit.FromPoint(layout.Height);
            using var gfx = XGraphics.FromPdfPage(page);
            foreach (var placed in pageLayout.Units)
            {
                foreach (var primitive in placed.Unit.Primitives)
                {
                    Draw(gfx, paint, primitive, placed.Top);
                }
            }

            foreach (var primitive in pageLayout.Fixed)
            {
                Draw(gfx, paint, primitive, 0);
            }
        }

        pdf.Save(output, false);
    }

    /// <summary>The layout alone, for tests of pagination.</summary>
    internal static DocumentLayout Layout(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var measure = MeasureContext(document);
        return LayoutEngine.Layout(document, new Measurer(measure));
    }

    private static XGraphics MeasureContext(Document document) => XGraphics.CreateMeasureContext(
        new XSize(document.Page.WidthMm * LayoutEngine.PointsPerMm, document.Page.HeightMm * LayoutEngine.PointsPerMm),
        XGraphicsUnit.Point, XPageDirection.Downwards);

    private static void Draw(XGraphics gfx, Paint paint, Primitive primitive, double dy)
    {
        switch (primitive)
        {
            case TextPrimitive t:
                gfx.DrawString(t.Text, paint.Fonts.Font(t.Font), paint.Brush(t.Color), t.X, t.Baseline + dy,
                    XStringFormats.BaseLineLeft);
                break;
            case LinePrimitive l:
                gfx.DrawLine(paint.Pen(l.Color, l.Thickness), l.X1, l.Y1 + dy, l.X2, l.Y2 + dy);
                break;
            case RectPrimitive r:
                gfx.DrawRectangle(paint.Brush(r.Fill), r.X, r.Y + dy, r.Width, r.Height);
                break;
        }
    }

    private static string FamilyName(DocumentFont font) =>
        font == DocumentFont.Serif ? SystemFontResolver.SerifFamily : SystemFontResolver.SansFamily;

    /// <summary>Brushes, pens and fonts of one render (PDFsharp drawing objects are not shared between threads).</summary>
    private sealed class Paint(Measurer fonts)
    {
        public Measurer Fonts { get; } = fonts;

        private readonly Dictionary<Rgb, XSolidBrush> brushes = [];
        private readonly Dictionary<(Rgb, double), XPen> pens = [];

        public XSolidBrush Brush(Rgb color)
        {
            if (!brushes.TryGetValue(color, out var brush))
            {
                brushes[color] = brush = new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));
            }

            return brush;
        }

        public XPen Pen(Rgb color, double width)
        {
            if (!pens.TryGetValue((color, width), out var pen))
            {
                pens[(color, width)] = pen = new XPen(XColor.FromArgb(color.R, color.G, color.B), width);
            }

            return pen;
        }
    }

    /// <summary>Text measurement through PDFsharp, memoised per render (layout measures the same words often).</summary>
    private sealed class Measurer(XGraphics gfx) : ITextMeasurer
    {
        private readonly Dictionary<FontSpec, XFont> fonts = [];
        private readonly Dictionary<(string, FontSpec), double> widths = [];
        private readonly Dictionary<FontSpec, FontMetrics> metrics = [];

        public XFont Font(FontSpec spec)
        {
            if (!fonts.TryGetValue(spec, out var font))
            {
                var style = (spec.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular)
                    | (spec.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
                fonts[spec] = font = new XFont(FamilyName(spec.Family), spec.Size, style, FontOptions);
            }

            return font;
        }

        public double Width(string text, FontSpec font)
        {
            if (text.Length == 0)
            {
                return 0;
            }

            if (!widths.TryGetValue((text, font), out var width))
            {
                widths[(text, font)] = width = gfx.MeasureString(text, Font(font)).Width;
            }

            return width;
        }

        public FontMetrics Metrics(FontSpec font)
        {
            if (!metrics.TryGetValue(font, out var result))
            {
                var xfont = Font(font);
                var m = xfont.Metrics;
                var scale = font.Size / m.UnitsPerEm;
                metrics[font] = result = new FontMetrics(
                    Math.Abs(m.Ascent) * scale,
                    Math.Abs(m.Descent) * scale,
                    xfont.GetHeight(),
                    Math.Abs(m.UnderlinePosition) * scale,
                    Math.Abs(m.UnderlineThickness) * scale);
            }

            return result;
        }
    }
}
