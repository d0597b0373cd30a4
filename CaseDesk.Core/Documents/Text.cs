namespace CaseDesk.Core.Documents;

/// <summary>Character styles; combine them with <c>|</c>, e.g. <c>TextStyle.Bold | TextStyle.Underline</c>.</summary>
[Flags]
public enum TextStyle
{
    /// <summary>Upright, normal weight, not underlined.</summary>
    Regular = 0,

    /// <summary>Bold weight.</summary>
    Bold = 1,

    /// <summary>Italic.</summary>
    Italic = 2,

    /// <summary>Underlined.</summary>
    Underline = 4,
}

/// <summary>Horizontal alignment of lines of text.</summary>
public enum TextAlignment
{
    /// <summary>Flush left, ragged right.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right, ragged left.</summary>
    Right,

    /// <summary>
    /// Flush on both sides: the spare width of every line except a paragraph's last (and lines ending in a
    /// hard line break) is spread over the gaps between its words.
    /// </summary>
    Justify,
}

/// <summary>
/// A piece of text in one style. A plain string converts to a regular run, so <c>new Paragraph("a", TextRun.Bold("b"))</c>
/// works. <c>'\n'</c> in the text is a hard line break; runs of spaces collapse to one.
/// </summary>
public sealed record TextRun(string Text, TextStyle Style = TextStyle.Regular)
{
    /// <summary>A bold run.</summary>
    public static TextRun Bold(string text) => new(text, TextStyle.Bold);

    /// <summary>An italic run (e.g. foreign words).</summary>
    public static TextRun Italic(string text) => new(text, TextStyle.Italic);

    /// <summary>An underlined run.</summary>
    public static TextRun Underlined(string text) => new(text, TextStyle.Underline);

    /// <summary>A regular run.</summary>
    public static implicit operator TextRun(string text) => new(text);
}
