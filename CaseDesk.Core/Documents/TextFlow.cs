using System.Text;

namespace CaseDesk.Core.Documents;

internal sealed record Fragment(string Text, FontSpec Font, bool Underline, double Width);

/// <summary>A word (possibly in several styles) and the width of the space before it.</summary>
internal sealed class Word(double spaceBefore)
{
    public double SpaceBefore { get; set; } = spaceBefore;

    public List<Fragment> Fragments { get; } = [];

    public double Width { get; private set; }

    public void Add(Fragment fragment)
    {
        Fragments.Add(fragment);
        Width += fragment.Width;
    }
}

internal sealed class TextLine
{
    public List<Word> Words { get; } = [];

    /// <summary>Ends its paragraph or a hard line break, so it is never justified.</summary>
    public bool IsLast { get; set; }

    public double Width { get; private set; }

    public void Add(Word word)
    {
        Width += (Words.Count == 0 ? 0 : word.SpaceBefore) + word.Width;
        Words.Add(word);
    }
}

/// <summary>Greedy line breaking of styled runs, and drawing of the resulting lines with any alignment.</summary>
internal sealed class TextFlow(ITextMeasurer measurer)
{
    private const double Tolerance = 0.01;

    public ITextMeasurer Measurer { get; } = measurer;

    public List<TextLine> Break(IReadOnlyList<TextRun> runs, DocumentFont family, double size, double firstWidth,
        double width)
    {
        var lines = new List<TextLine>();
        var line = new TextLine();
        var available = firstWidth;
        foreach (var token in Glue(Tokenize(runs, family, size)))
        {
            if (token is null)
            {
                line.IsLast = true;
                lines.Add(line);
                line = new TextLine();
                available = width;
                continue;
            }

            if (line.Words.Count > 0 && line.Width + token.SpaceBefore + token.Width > available + Tolerance)
            {
                lines.Add(line);
                line = new TextLine();
                available = width;
            }

            if (line.Words.Count == 0 && token.Width > available + Tolerance)
            {
                var pieces = SplitWord(token, available, width);
                for (var i = 0; i < pieces.Count - 1; i++)
                {
                    var full = new TextLine();
                    full.Add(pieces[i]);
                    lines.Add(full);
                    available = width;
                }

                line.Add(pieces[^1]);
                continue;
            }

            line.Add(token);
        }

        line.IsLast = true;
        lines.Add(line);
        return lines;
    }

    public List<TextLine> Break(string text, FontSpec font, double width) =>
        Break([new TextRun(text, StyleOf(font))], font.Family, font.Size, width, width);

    /// <summary>
    /// Draws one line. Justified lines place each word separately, spreading the spare width over the gaps; other
    /// lines merge same-style text into one string. Wrapped lines keep a trailing space so extracted text has word
    /// boundaries.
    /// </summary>
    public void Emit(List<Primitive> target, TextLine line, double x, double width, double baseline,
        TextAlignment alignment, Rgb color)
    {
        if (line.Words.Count == 0)
        {
            return;
        }

        var justify = alignment == TextAlignment.Justify && !line.IsLast && line.Words.Count > 1;
        var extra = justify ? Math.Max(0, (width - line.Width) / (line.Words.Count - 1)) : 0;
        var position = alignment switch
        {
            TextAlignment.Center => x + (width - line.Width) / 2,
            TextAlignment.Right => x + width - line.Width,
            _ => x,
        };

        if (justify)
        {
            for (var i = 0; i < line.Words.Count; i++)
            {
                var word = line.Words[i];
                if (i > 0)
                {
                    var gapStart = position;
                    position += word.SpaceBefore + extra;
                    if (line.Words[i - 1].Fragments[^1].Underline && word.Fragments[0].Underline)
                    {
                        Underline(target, line.Words[i - 1].Fragments[^1].Font, gapStart, position, baseline, color);
                    }
                }

                for (var f = 0; f < word.Fragments.Count; f++)
                {
                    var fragment = word.Fragments[f];
                    // A justified line is never a paragraph's last, so every word, the last too, keeps its space.
                    var text = f == word.Fragments.Count - 1 ? fragment.Text + " " : fragment.Text;
                    target.Add(new TextPrimitive(position, baseline, text, fragment.Font, color));
                    if (fragment.Underline)
                    {
                        Underline(target, fragment.Font, position, position + fragment.Width, baseline, color);
                    }

                    position += fragment.Width;
                }
            }

            return;
        }

        var segment = new StringBuilder();
        Fragment? style = null;
        double segmentStart = position, segmentEnd = position;
        for (var i = 0; i < line.Words.Count; i++)
        {
            var word = line.Words[i];
            for (var f = 0; f < word.Fragments.Count; f++)
            {
                var fragment = word.Fragments[f];
                var gap = f == 0 && i > 0 ? word.SpaceBefore : 0;
                if (style is null || style.Font != fragment.Font || style.Underline != fragment.Underline)
                {
                    if (style is not null)
                    {
                        if (gap > 0)
                        {
                            segment.Append(' ');
                        }

                        Flush(target, segment, style, segmentStart, segmentEnd, baseline, color);
                    }

                    style = fragment;
                    segmentStart = segmentEnd + gap;
                    segmentEnd = segmentStart;
                }
                else if (gap > 0)
                {
                    segment.Append(' ');
                    segmentEnd += gap;
                }

                segment.Append(fragment.Text);
                segmentEnd += fragment.Width;
            }
        }

        if (!line.IsLast)
        {
            segment.Append(' ');
        }

        Flush(target, segment, style!, segmentStart, segmentEnd, baseline, color);
    }

    private void Flush(List<Primitive> target, StringBuilder text, Fragment style, double start, double end,
        double baseline, Rgb color)
    {
        target.Add(new TextPrimitive(start, baseline, text.ToString(), style.Font, color));
        if (style.Underline)
        {
            Underline(target, style.Font, start, end, baseline, color);
        }

        text.Clear();
    }

    public void Underline(List<Primitive> target, FontSpec font, double x1, double x2, double baseline, Rgb color)
    {
        var metrics = Measurer.Metrics(font);
        var y = baseline + metrics.UnderlinePosition;
        target.Add(new LinePrimitive(x1, y, x2, y, Math.Max(0.5, metrics.UnderlineThickness), color));
    }

    private static TextStyle StyleOf(FontSpec font) =>
        (font.Bold ? TextStyle.Bold : TextStyle.Regular) | (font.Italic ? TextStyle.Italic : TextStyle.Regular);

    /// <summary>Words in reading order; <c>null</c> stands for a hard line break. Runs of white space collapse.</summary>
    private IEnumerable<Word?> Tokenize(IReadOnlyList<TextRun> runs, DocumentFont family, double size)
    {
        Word? word = null;
        double pendingSpace = 0;
        var text = new StringBuilder();
        var font = default(FontSpec);
        var underline = false;

        foreach (var run in runs)
        {
            var runFont = FontSpec.From(family, size, run.Style);
            var runUnderline = run.Style.HasFlag(TextStyle.Underline);
            foreach (var c in run.Text ?? string.Empty)
            {
                if (c == '\r')
                {
                    continue;
                }

                if (c == '\n' || (char.IsWhiteSpace(c) && c != '\u00A0'))
                {
                    if (word is not null)
                    {
                        FlushFragment();
                        yield return word;
                        word = null;
                    }

                    if (c == '\n')
                    {
                        pendingSpace = 0;
                        yield return null;
                    }
                    else if (pendingSpace == 0)
                    {
                        pendingSpace = Measurer.Width(" ", runFont);
                    }

                    continue;
                }

                if (word is null)
                {
                    word = new Word(pendingSpace);
                    pendingSpace = 0;
                    font = runFont;
                    underline = runUnderline;
                }
                else if (font != runFont || underline != runUnderline)
                {
                    FlushFragment();
                    font = runFont;
                    underline = runUnderline;
                }

                text.Append(c);
            }
        }

        if (word is not null)
        {
            FlushFragment();
            yield return word;
        }

        void FlushFragment()
        {
            if (text.Length > 0)
            {
                var s = text.ToString();
                word!.Add(new Fragment(s, font, underline, Measurer.Width(s, font)));
                text.Clear();
            }
        }
    }

    /// <summary>Keeps "Rp" on the same line as the amount after it, as Indonesian typesetting requires.</summary>
    private static IEnumerable<Word?> Glue(IEnumerable<Word?> words)
    {
        Word? held = null;
        foreach (var word in words)
        {
            if (held is not null)
            {
                if (word is not null && word.SpaceBefore > 0 && char.IsAsciiDigit(word.Fragments[0].Text[0]))
                {
                    var space = held.Fragments[^1];
                    held.Add(space with { Text = " ", Width = word.SpaceBefore });
                    foreach (var fragment in word.Fragments)
                    {
                        held.Add(fragment);
                    }

                    yield return held;
                    held = null;
                    continue;
                }

                yield return held;
                held = null;
            }

            if (word is not null && word.Fragments.Count == 1 && word.Fragments[0].Text is "Rp" or "Rp.")
            {
                held = word;
                continue;
            }

            yield return word;
        }

        if (held is not null)
        {
            yield return held;
        }
    }

    /// <summary>Breaks a word wider than the line (a long reference number or e-mail address) between characters.</summary>
    private List<Word> SplitWord(Word word, double firstWidth, double width)
    {
        var pieces = new List<Word>();
        var piece = new Word(0);
        var available = firstWidth;
        foreach (var fragment in word.Fragments)
        {
            var start = 0;
            while (start < fragment.Text.Length)
            {
                var room = available - piece.Width;
                var length = 0;
                for (var n = 1; start + n <= fragment.Text.Length; n++)
                {
                    if (Measurer.Width(fragment.Text.Substring(start, n), fragment.Font) > room + Tolerance)
                    {
                        break;
                    }

                    length = n;
                }

                if (length == 0)
                {
                    if (piece.Fragments.Count == 0)
                    {
                        length = 1; // not even one character fits: place it anyway rather than loop forever
                    }
                    else
                    {
                        pieces.Add(piece);
                        piece = new Word(0);
                        available = width;
                        continue;
                    }
                }

                var text = fragment.Text.Substring(start, length);
                piece.Add(fragment with { Text = text, Width = Measurer.Width(text, fragment.Font) });
                start += length;
                if (start < fragment.Text.Length)
                {
                    pieces.Add(piece);
                    piece = new Word(0);
                    available = width;
                }
            }
        }

        pieces.Add(piece);
        pieces[0].SpaceBefore = word.SpaceBefore;
        return pieces;
    }
}
