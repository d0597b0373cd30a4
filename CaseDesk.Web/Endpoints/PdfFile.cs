using Microsoft.Net.Http.Headers;

namespace CaseDesk.Web.Endpoints;

/// <summary>
/// A rendered PDF as the response: shown in the browser's viewer (<c>inline</c>) or saved (<c>attachment</c>),
/// under a meaningful file name either way; never cached, since reports may hold personal data.
/// </summary>
public sealed record PdfFile(byte[] Content, string FileName, bool Download) : IResult
{
    public const string ContentType = "application/pdf";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var disposition = new ContentDispositionHeaderValue(Download ? "attachment" : "inline");
        disposition.SetHttpFileName(FileName);

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = Content.Length;
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        await response.Body.WriteAsync(Content, httpContext.RequestAborted);
    }
}
