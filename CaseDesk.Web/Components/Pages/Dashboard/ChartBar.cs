namespace CaseDesk.Web.Components.Pages.Dashboard;

/// <summary>One group of bars (a regency, a month…): its label and one value per series.</summary>
public sealed record ChartBar(string Label, IReadOnlyList<ChartValue> Values);

/// <summary>A bar's count and the queue it opens (null when no queue filter selects its cases).</summary>
public sealed record ChartValue(int Count, string? Href);
