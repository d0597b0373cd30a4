using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("id")]

namespace CaseDesk.Core.Cases;

/// <summary>Display labels of the case enums (Sector, Sex, ComplaintCategory, IntakeChannel, Urgency, EmployerType,
/// MediationOutcome, ReferralTarget, RejectionReason, CaseKind, CaseEventType) in the current UI culture.</summary>
/// <remarks>Texts live in CaseText.resx (Indonesian, the neutral language) and CaseText.en.resx.</remarks>
public static class CaseText
{
    private static readonly ResourceManager Resources = new("CaseDesk.Core.Cases.CaseText", typeof(CaseText).Assembly);

    /// <summary>Timeline notes are official records of an Indonesian office: they are written in Indonesian whatever
    /// language the officer's screen uses.</summary>
    internal static CultureInfo RecordCulture { get; } = CultureInfo.GetCultureInfo("id");

    public static string Label<TEnum>(TEnum value) where TEnum : struct, Enum => Label(value, null);

    /// <summary>The label of an enum value in <paramref name="culture"/> (the current UI culture when null); the
    /// member name when no label exists.</summary>
    public static string Label(Enum value, CultureInfo? culture)
    {
        var name = value.ToString();
        return Resources.GetString($"{value.GetType().Name}_{name}", culture ?? CultureInfo.CurrentUICulture) ?? name;
    }

    /// <summary>The label of a <see cref="CaseInput"/> property (for form labels and messages).</summary>
    public static string Field(string propertyName) => Field(propertyName, null);

    internal static string Field(string propertyName, CultureInfo? culture) =>
        Resources.GetString($"Field_{propertyName}", culture ?? CultureInfo.CurrentUICulture) ?? propertyName;

    internal static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"Missing text resource '{key}'.");

    internal static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);

    internal static string FormatIn(CultureInfo culture, string key, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);
}
