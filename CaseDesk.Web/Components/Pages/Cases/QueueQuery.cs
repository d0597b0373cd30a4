using System.Globalization;
using CaseDesk.Core.Cases;

namespace CaseDesk.Web.Components.Pages.Cases;

/// <summary>
/// The queue's filters as they appear in the URL; defaults are left out of the query string. The queue page, the
/// dashboard's drill-down links and the export endpoints all read and write this one shape, so a link copied from any
/// of them selects the same cases.
/// </summary>
/// <remarks><see cref="Officer"/>, <see cref="Country"/> and the date ranges have no control of their own on the queue:
/// they arrive from the dashboard and show as removable chips.</remarks>
public sealed record QueueQuery(CaseKind? Kind, CaseStatus? Status, Urgency? Urgency, string? Regency,
    ComplaintCategory? Category, bool Mine, bool OpenOnly, string? Search, DueFilter? Due = null)
{
    public static QueueQuery Default { get; } = new(null, null, null, null, null, Mine: false, OpenOnly: true, null);

    public Sector? Sector { get; init; }
    public string? Country { get; init; }
    /// <summary>Cases assigned to this user id (a dashboard drill-down; "mine" is the officer's own switch).</summary>
    public string? Officer { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public DateOnly? ClosedFrom { get; init; }
    public DateOnly? ClosedTo { get; init; }

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
        ["sector"] = Sector?.ToString(),
        ["country"] = Country,
        ["officer"] = Officer,
        ["from"] = Format(From),
        ["to"] = Format(To),
        ["closedFrom"] = Format(ClosedFrom),
        ["closedTo"] = Format(ClosedTo),
    };

    /// <summary>The query string (without "?") for links to the queue or the exports.</summary>
    public string ToQueryString() => string.Join('&', ToQueryParameters()
        .Where(p => p.Value is not null)
        .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value is bool b ? (b ? "true" : "false") : p.Value!.ToString()!)}"));

    /// <summary>Reads the filters from a query string; unknown or malformed values are ignored (a filter left off
    /// rather than an error page for a hand-edited link).</summary>
    public static QueueQuery FromQuery(Func<string, string?> get)
    {
        ArgumentNullException.ThrowIfNull(get);
        return new QueueQuery(
            Parse<CaseKind>(get("kind")), Parse<CaseStatus>(get("status")), Parse<Urgency>(get("urgency")),
            Text(get("regency")), Parse<ComplaintCategory>(get("category")),
            ParseBool(get("mine")) ?? false, ParseBool(get("open")) ?? true, Text(get("q")), Parse<DueFilter>(get("due")))
        {
            Sector = Parse<Sector>(get("sector")),
            Country = Text(get("country")),
            Officer = Text(get("officer")),
            From = ParseDate(get("from")),
            To = ParseDate(get("to")),
            ClosedFrom = ParseDate(get("closedFrom")),
            ClosedTo = ParseDate(get("closedTo")),
        };
    }

    /// <summary>The Core filter; "mine" needs the signed-in user's id.</summary>
    public CaseQueueFilter ToFilter(string? currentUserId) => new()
    {
        Kind = Kind,
        Status = Status,
        Urgency = Urgency,
        RegencyCode = Regency,
        Category = Category,
        AssignedToUserId = Mine ? currentUserId : Officer,
        Search = Search,
        OpenOnly = OpenOnly,
        Due = Due,
        Sector = Sector,
        CountryCode = Country,
        CreatedFrom = From,
        CreatedTo = To,
        ClosedFrom = ClosedFrom,
        ClosedTo = ClosedTo,
    };

    /// <summary>A date as the URLs carry it (yyyy-MM-dd); shared with the dashboard's own URL filters.</summary>
    internal static string? Format(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool? ParseBool(string? value) => bool.TryParse(value, out var parsed) ? parsed : null;

    internal static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>An enum member by name; numbers and undefined names are ignored (null).</summary>
    internal static TEnum? Parse<TEnum>(string? value) where TEnum : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && !int.TryParse(value, out _)
        && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;
}
