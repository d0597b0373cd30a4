using System.Security.Claims;
using CaseDesk.Core.Access;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Reports;
using CaseDesk.Web.Accounts;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CaseDesk.Web.Endpoints;

/// <summary>
/// The printed reports as PDF downloads: <c>GET /cases/{id}/report.pdf</c> (one case, for the case file) and
/// <c>GET /reports/meeting.pdf?from=yyyy-MM-dd&amp;to=yyyy-MM-dd[&amp;regency=7414]</c> (the coordination-meeting
/// report). Signed-in users only; shown in the browser unless <c>download=1</c> asks for a file. Both cover only the
/// cases the user may see (<see cref="CaseAccess"/>): another region's case is not found.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("").RequireAuthorization();
        reports.MapGet("/cases/{id:int}/report.pdf", CaseReportAsync);
        reports.MapGet(MeetingReportRequest.Path, MeetingReportAsync);
        return endpoints;
    }

    /// <summary>The case report; 404 for an unknown case.</summary>
    internal static async Task<IResult> CaseReportAsync(int id, string? download, ClaimsPrincipal user,
        CaseReportQuery query, LetterQueries letterQueries, IPdfRenderer renderer, TimeProvider clock,
        ILoggerFactory loggers, IOptions<LetterOptions> office, CaseAccess access, CancellationToken ct)
    {
        var data = await query.GetAsync(id, await access.ScopeAsync(CurrentUser.FromPrincipal(user), ct), ct);
        if (data is null)
        {
            return TypedResults.NotFound();
        }

        var printedBy = user.FindFirstValue(CurrentUser.DisplayNameClaim) ?? user.Identity?.Name;
        // The report holds personal data (UU 27/2022): who printed which case is kept in the log.
        loggers.CreateLogger(typeof(ReportEndpoints).FullName!).LogInformation(
            "Case report {Reference} printed by {User}", data.Case.ReferenceNumber,
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? printedBy);

        // Rendering is CPU-bound and takes milliseconds for one case: done on the request's thread.
        // The letters of the case, oldest first, titles in Indonesian like the rest of the report.
        var letters = (await letterQueries.ListForCaseAsync(id, ct))
            .OrderBy(l => l.IssuedAtUtc)
            .Select(l => new IssuedLetterLine(l.Number, l.IssuedDate, LetterText.Title(l.Type),
                l.IsCancelled ? $"Dibatalkan: {l.CancelReason}" : null))
            .ToList();
        var pdf = renderer.Render(CaseReportDocument.Create(data, clock.GetUtcNow().UtcDateTime, printedBy, letters,
            ReportOptions.From(office.Value)));
        return new PdfFile(pdf, CaseReportDocument.FileName(data.Case.ReferenceNumber), IsSet(download));
    }

    /// <summary>The meeting report; 400 with the reasons in the request's language for an invalid request.</summary>
    internal static async Task<IResult> MeetingReportAsync(string? from, string? to, string? regency,
        string? download, ClaimsPrincipal user, MeetingReportQuery query, IPdfRenderer renderer, TimeProvider clock,
        IStringLocalizer<MeetingReportRequest> localizer, IOptions<LetterOptions> office, CaseAccess access,
        CancellationToken ct)
    {
        var (request, problems) = MeetingReportRequest.Parse(from, to, regency, localizer);
        if (request is null)
        {
            return TypedResults.Text(string.Join("\n", problems.Select(p => p.Message)), "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = await access.ScopeAsync(CurrentUser.FromPrincipal(user), ct);
        var data = await query.GetAsync(request.Period, request.RegencyCode, scope, ct);
        var pdf = renderer.Render(MeetingReportDocument.Create(data, clock.GetUtcNow().UtcDateTime,
            ReportOptions.From(office.Value)));
        return new PdfFile(pdf, MeetingReportDocument.FileName(request.Period, request.RegencyCode), IsSet(download));
    }

    private static bool IsSet(string? flag) =>
        flag is not null && (flag == "1" || flag.Equals("true", StringComparison.OrdinalIgnoreCase));
}
