using System.Globalization;
using CaseDesk.Core.Reference;
using CaseDesk.Core.Reports;
using Microsoft.Extensions.Localization;

namespace CaseDesk.Web.Endpoints;

/// <summary>Which input of the meeting-report request a problem is about.</summary>
public enum MeetingReportField { From, To, Regency }

/// <summary>A problem with the request, in the reader's language.</summary>
public sealed record MeetingReportProblem(MeetingReportField Field, string Message);

/// <summary>
/// The meeting report's period and optional regency, as <c>GET /reports/meeting.pdf?from=…&amp;to=…&amp;regency=…</c>
/// takes them. The endpoint and the reports page check a request with the same rules and messages
/// (Resources/Endpoints/MeetingReportRequest.resx).
/// </summary>
public sealed record MeetingReportRequest(DateOnly From, DateOnly To, string? RegencyCode)
{
    public const string Path = "/reports/meeting.pdf";

    /// <summary>The longest period one report covers; beyond it the case list stops being readable in a meeting.</summary>
    public const int MaxYears = 3;

    private const string DateFormat = "yyyy-MM-dd";

    public ReportPeriod Period => new(From, To);

    /// <summary>"/reports/meeting.pdf?from=2026-10-01&amp;to=2026-11-23&amp;regency=7414[&amp;download=1]".</summary>
    public string Url(bool download = false)
    {
        var url = $"{Path}?from={Format(From)}&to={Format(To)}";
        if (RegencyCode is not null)
        {
            url += $"&regency={Uri.EscapeDataString(RegencyCode)}";
        }

        return download ? url + "&download=1" : url;
    }

    /// <summary>Every problem with the inputs (empty when they make a valid request).</summary>
    public static IReadOnlyList<MeetingReportProblem> Validate(DateOnly? from, DateOnly? to, string? regency,
        IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var problems = new List<MeetingReportProblem>();
        if (from is null)
        {
            problems.Add(new(MeetingReportField.From, localizer["FromRequired"]));
        }

        if (to is null)
        {
            problems.Add(new(MeetingReportField.To, localizer["ToRequired"]));
        }

        if (from is { } start && to is { } end)
        {
            if (start > end)
            {
                problems.Add(new(MeetingReportField.To, localizer["FromAfterTo"]));
            }
            else if (end > start.AddYears(MaxYears))
            {
                problems.Add(new(MeetingReportField.To, localizer["TooLong", MaxYears]));
            }
        }

        if (!string.IsNullOrWhiteSpace(regency) && Regency.SulawesiTenggara.All(r => r.Code != regency.Trim()))
        {
            problems.Add(new(MeetingReportField.Regency, localizer["UnknownRegency", regency.Trim()]));
        }

        return problems;
    }

    /// <summary>The request from query-string values, or the problems that make it invalid.</summary>
    public static (MeetingReportRequest? Request, IReadOnlyList<MeetingReportProblem> Problems) Parse(string? from,
        string? to, string? regency, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var problems = new List<MeetingReportProblem>();
        var start = ParseDate(from, MeetingReportField.From, problems, localizer);
        var end = ParseDate(to, MeetingReportField.To, problems, localizer);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        problems.AddRange(Validate(start, end, regency, localizer));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var code = string.IsNullOrWhiteSpace(regency) ? null : regency.Trim();
        return (new MeetingReportRequest(start!.Value, end!.Value, code), []);
    }

    private static DateOnly? ParseDate(string? text, MeetingReportField field, List<MeetingReportProblem> problems,
        IStringLocalizer localizer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, localizer[field == MeetingReportField.From ? "FromRequired" : "ToRequired"]));
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var date))
        {
            return date;
        }

        problems.Add(new(field, localizer["InvalidDate", text.Trim()]));
        return null;
    }

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
