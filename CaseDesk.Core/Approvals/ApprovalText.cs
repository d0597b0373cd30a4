using System.Globalization;
using System.Resources;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Workflow;

namespace CaseDesk.Core.Approvals;

/// <summary>Texts of approval requests: what is asked for, the request wording of a step, messages.</summary>
/// <remarks>ApprovalText.resx is Indonesian (the neutral language), ApprovalText.en.resx English. Timeline notes take
/// them in Indonesian (<see cref="CaseText.RecordCulture"/>) whatever the screen's language.</remarks>
public static class ApprovalText
{
    private static readonly ResourceManager Resources = new(typeof(ApprovalText));

    /// <summary>What the request asks for ("Penutupan kasus").</summary>
    public static string Kind(CaseTrigger trigger, CultureInfo? culture = null) => Get($"Kind_{trigger}", culture);

    /// <summary>The officer's button for the step ("Ajukan penutupan").</summary>
    public static string RequestLabel(CaseTrigger trigger, CultureInfo? culture = null) =>
        Get($"Request_{trigger}", culture);

    internal static CultureInfo RecordCulture => CaseText.RecordCulture;

    internal static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"Missing approval text '{key}'.");

    internal static string Format(CultureInfo? culture, string key, params object?[] args) =>
        string.Format(culture ?? CultureInfo.CurrentUICulture, Get(key, culture), args);
}
