using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Reports;

/// <summary>The pieces shared by the GROUP BY breakdowns of the meeting report and the dashboard: a group's key and
/// count as the database returns them, and the labelled rows built from them.</summary>
internal static class Breakdown
{
    /// <summary>Runs a GROUP BY projection and returns its counts by key.</summary>
    public static async Task<Dictionary<string, int>> CountAsync(IQueryable<KeyCount> groups, CancellationToken ct) =>
        await groups.ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Enum breakdowns list every member in declaration order (zero included) unless told to skip empty
    /// ones.</summary>
    public static List<CountRow> Labelled(Dictionary<string, int> counts, IEnumerable<string> keys,
        Func<string, string> label, bool skipZero = false) =>
        [.. keys.Select(k => new CountRow(k, label(k), counts.GetValueOrDefault(k))).Where(r => !skipZero || r.Count > 0)];

    /// <summary>Every member of an enum, zero included, labelled in <paramref name="culture"/> (the UI's when
    /// null).</summary>
    public static List<CountRow> Labelled<TEnum>(Dictionary<string, int> counts, System.Globalization.CultureInfo? culture,
        bool skipZero = false) where TEnum : struct, Enum =>
        Labelled(counts, Enum.GetNames<TEnum>(), k => Cases.CaseText.Label(Enum.Parse<TEnum>(k), culture), skipZero);
}

/// <summary>One group of a GROUP BY query: its key as text and its count.</summary>
internal sealed record KeyCount(string Key, int Count);
