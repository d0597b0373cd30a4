using CaseDesk.Core.Access;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Letters.Templates;
using CaseDesk.Web.Accounts;
using Microsoft.Net.Http.Headers;

namespace CaseDesk.Web.Endpoints;

/// <summary>Issued letters as PDF, re-rendered from the snapshot they were issued with (identical on every print).
/// A letter of a case outside the user's regions (<see cref="CaseAccess"/>) is not found.</summary>
public static class LetterEndpoints
{
    public static IEndpointConventionBuilder MapLetterEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/cases/{id:int}/letters/{letterId:int}.pdf", GetLetterAsync).RequireAuthorization();

    internal static async Task<IResult> GetLetterAsync(int id, int letterId, bool? download, LetterQueries letters,
        IPdfRenderer renderer, CaseAccess access, HttpContext http, CancellationToken ct)
    {
        if (!await access.CanSeeAsync(id, CurrentUser.FromPrincipal(http.User), ct))
        {
            return Results.NotFound();
        }

        var issued = await letters.GetForCaseAsync(id, letterId, ct);
        if (issued is null)
        {
            return Results.NotFound();
        }

        var letter = issued.Letter;
        var cancelled = letter.CancelledAtUtc is { } at
            ? new LetterCancellation(OfficeTime.DateOf(at), letter.CancelReason ?? "-")
            : null;
        var pdf = renderer.Render(LetterDocument.Compose(issued.Snapshot, cancelled));
        return Pdf(http, pdf, FileName(issued.Snapshot), download == true);
    }

    /// <summary>"Berita-Acara-Mediasi-B.57-BP3MI-SULTRA-PP.02.02-XI-2026.pdf": readable, no path separators.</summary>
    internal static string FileName(LetterSnapshot s) =>
        Safe($"{s.Title}-{s.Number}") + ".pdf";

    /// <summary>A PDF shown in the browser (inline) or saved (attachment), never cached by shared proxies.</summary>
    internal static IResult Pdf(HttpContext http, byte[] pdf, string fileName, bool download)
    {
        var disposition = new ContentDispositionHeaderValue(download ? "attachment" : "inline");
        disposition.SetHttpFileName(fileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.Bytes(pdf, "application/pdf");
    }

    private static string Safe(string text) =>
        string.Concat(text.Select(ch => char.IsLetterOrDigit(ch) || ch is '.' or '-' ? ch : '-')).Replace("--", "-");
}
