using System.Globalization;
using System.Resources;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;

namespace CaseDesk.Core.Consents;

/// <summary>Texts of consent records: purpose, decision and method labels, messages and timeline notes.</summary>
/// <remarks>ConsentText.resx is Indonesian (the neutral language), ConsentText.en.resx English. Timeline notes are
/// written in Indonesian (<see cref="CaseText.RecordCulture"/>) whatever the screen's language.</remarks>
public static class ConsentText
{
    private static readonly ResourceManager Resources = new(typeof(ConsentText));

    internal static CultureInfo RecordCulture => CaseText.RecordCulture;

    public static string Label(ConsentPurpose purpose, CultureInfo? culture = null) => Get($"Purpose_{purpose}", culture);

    /// <summary>Whom the data is shared with ("Kepolisian"), or the processing itself.</summary>
    public static string Recipient(ConsentPurpose purpose, CultureInfo? culture = null) =>
        Get($"Recipient_{purpose}", culture);

    public static string Label(ConsentDecision decision, CultureInfo? culture = null) => Get($"Decision_{decision}", culture);

    public static string Label(ConsentMethod method, CultureInfo? culture = null) => Get($"Method_{method}", culture);

    /// <summary>"12 November 2026" in either language.</summary>
    public static string Date(DateOnly date, CultureInfo? culture = null)
    {
        var language = culture ?? CultureInfo.CurrentUICulture;
        return language.TwoLetterISOLanguageName == "id"
            ? IndonesianText.LongDate(date)
            : date.ToString("d MMMM yyyy", language);
    }

    internal static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"Missing consent text '{key}'.");

    internal static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, Get(key), args);

    internal static string FormatIn(CultureInfo culture, string key, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);
}
