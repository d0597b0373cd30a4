using CaseDesk.Core.Cases;

namespace CaseDesk.Web.Components.Pages.Cases;

/// <summary>The queue's filters as they appear in the URL; defaults are left out of the query string.</summary>
public sealed record QueueQuery(CaseKind? Kind, CaseStatus? Status, Urgency? Urgency, string? Regency,
    ComplaintCategory? Category, bool Mine, bool OpenOnly, string? Search, DueFilter? Due = null)
{
    public static QueueQuery Default { get; } = new(null, null, null, null, null, Mine: false, OpenOnly: true, null);

    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["kind"] = Kind?.ToString(),
        ["status"] = Status?.ToString(),
        ["urgency"] = Urgency?.ToString(),
        ["regency"] = Regency,
        ["category"] = Category?.ToString(),
        ["mine"] = Mine ? true : null,
        ["open"] = OpenOnly ? null : false,
        ["q"] = Search,
        ["due"] = Due?.ToString().ToLowerInvariant(),
    };
}
