using CaseDesk.Core.Exports;
using CaseDesk.Web.Components.Pages.Cases;

namespace CaseDesk.Web.Endpoints;

/// <summary>
/// An export of cases as <c>GET /exports/cases.csv</c> or <c>/exports/cases.xlsx</c> takes it: the queue's filters
/// (<see cref="QueueQuery"/>, the same query parameters as the queue's URL) plus <c>personal=true</c> for identity and
/// telephone numbers. Its messages are in Resources/Endpoints/ExportRequest.resx.
/// </summary>
public sealed record ExportRequest(QueueQuery Query, ExportFormat Format, bool IncludePersonalData = false)
{
    public const string CsvPath = "/exports/cases.csv";
    public const string XlsxPath = "/exports/cases.xlsx";
    public const string PersonalParameter = "personal";

    public static string Path(ExportFormat format) => format == ExportFormat.Xlsx ? XlsxPath : CsvPath;

    /// <summary>"/exports/cases.csv?open=false&amp;kind=Complaint&amp;personal=true".</summary>
    public string Url()
    {
        ArgumentNullException.ThrowIfNull(Query);
        var parameters = Query.ToQueryString();
        if (IncludePersonalData)
        {
            parameters = parameters.Length == 0 ? $"{PersonalParameter}=true" : $"{parameters}&{PersonalParameter}=true";
        }

        return parameters.Length == 0 ? Path(Format) : $"{Path(Format)}?{parameters}";
    }

    /// <summary>The request from a query string; malformed filters are left off, as on the queue.</summary>
    public static ExportRequest FromQuery(ExportFormat format, Func<string, string?> get)
    {
        ArgumentNullException.ThrowIfNull(get);
        var personal = get(PersonalParameter);
        return new ExportRequest(QueueQuery.FromQuery(get), format,
            personal is not null && (personal == "1" || personal.Equals("true", StringComparison.OrdinalIgnoreCase)));
    }
}
