using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Exports;
using CaseDesk.Web.Accounts;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace CaseDesk.Web.Endpoints;

/// <summary>
/// Cases as CSV or Excel downloads, selected by the queue's filters: <c>GET /exports/cases.csv?…</c> and
/// <c>GET /exports/cases.xlsx?…</c>. Any signed-in user may export without personal data; <c>personal=true</c> is
/// refused (403) unless the user is a supervisor, admin or head of office, and is then recorded in the audit trail.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("").RequireAuthorization();
        exports.MapGet(ExportRequest.CsvPath, (HttpContext http, ExportCases export, TimeProvider clock,
                IStringLocalizer<ExportRequest> localizer) => Export(ExportFormat.Csv, http, export, clock, localizer));
        exports.MapGet(ExportRequest.XlsxPath, (HttpContext http, ExportCases export, TimeProvider clock,
                IStringLocalizer<ExportRequest> localizer) => Export(ExportFormat.Xlsx, http, export, clock, localizer));
        return endpoints;
    }

    internal static IResult Export(ExportFormat format, HttpContext http, ExportCases export, TimeProvider clock,
        IStringLocalizer<ExportRequest> localizer)
    {
        var request = ExportRequest.FromQuery(format, name => http.Request.Query[name].FirstOrDefault());
        var actor = CurrentUser.FromPrincipal(http.User);
        if (request.IncludePersonalData && !CaseExport.MayIncludePersonalData(actor))
        {
            return TypedResults.Text(localizer["PersonalDataForbidden"], "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var core = new CaseExportRequest(format, request.Query.ToFilter(actor.UserId), request.Query.ToQueryString(),
            request.IncludePersonalData);
        return new CaseExportFile(export, core, actor, CaseExport.FileName(format, OfficeTime.Today(clock)));
    }
}

/// <summary>The export written straight into the response as the rows come from the database: the headers first
/// (an attachment, never cached), then the rows, flushed as they are written.</summary>
internal sealed class CaseExportFile(ExportCases export, CaseExportRequest request, Actor actor, string fileName)
    : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = CaseExport.ContentType(request.Format);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var logger = httpContext.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(ExportEndpoints).FullName!);
        try
        {
            var rows = await export.ExecuteAsync(request, actor, response.Body, httpContext.RequestAborted);
            // Not the filter: a search may be a NIK. The audit trail keeps it for exports with personal data.
            logger.LogInformation("{User} exported {Rows} cases as {Format} (personal data: {Personal})",
                actor.UserId, rows, request.Format, request.IncludePersonalData);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("{User} cancelled an export as {Format}", actor.UserId, request.Format);
        }
    }
}
