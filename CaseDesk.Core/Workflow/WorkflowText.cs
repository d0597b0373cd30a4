using System.Globalization;
using System.Resources;
using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Workflow;

/// <summary>Localized names of states and steps (current UI culture; Indonesian by default).</summary>
public static class WorkflowText
{
    // WorkflowText.resx is Indonesian (the neutral language), WorkflowText.en.resx English.
    private static readonly ResourceManager Resources = new(typeof(WorkflowText));

    public static string Status(CaseStatus status) => Get($"Status_{status}");

    /// <summary>The state's name in <paramref name="culture"/> (documents are Indonesian whatever the screen).</summary>
    public static string Status(CaseStatus status, CultureInfo culture) =>
        Resources.GetString($"Status_{status}", culture)
        ?? throw new InvalidOperationException($"Missing workflow text 'Status_{status}'.");

    public static string Trigger(CaseTrigger trigger) => Get($"Trigger_{trigger}");

    internal static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"Missing workflow text '{key}'.");
}
