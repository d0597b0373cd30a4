using System.Globalization;
using System.Resources;

namespace CaseDesk.Core.Letters;

/// <summary>Letter titles and the messages of the letter actions (current UI culture; Indonesian by default).</summary>
/// <remarks>Texts live in LetterText.resx (Indonesian, the neutral language) and LetterText.en.resx. Letters
/// themselves are always Indonesian: their titles are taken in <see cref="RecordCulture"/>.</remarks>
public static class LetterText
{
    private static readonly ResourceManager Resources = new(typeof(LetterText));

    internal static CultureInfo RecordCulture => Cases.CaseText.RecordCulture;

    /// <summary>The name of a letter type in the current UI culture.</summary>
    public static string Label(LetterType type) => Label(type, null);

    /// <summary>The official Indonesian title of a letter type, as printed on the letter.</summary>
    public static string Title(LetterType type) => Label(type, RecordCulture);

    internal static string Label(LetterType type, CultureInfo? culture) =>
        Resources.GetString($"LetterType_{type}", culture ?? CultureInfo.CurrentUICulture) ?? type.ToString();

    internal static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"Missing letter text '{key}'.");

    internal static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, Get(key), args);

    internal static string FormatIn(CultureInfo culture, string key, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);
}
