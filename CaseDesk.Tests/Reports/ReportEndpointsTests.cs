using System.Security.Claims;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Reports;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Web;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Reports;

/// <summary>The report endpoints' handlers, called with real queries over a seeded database.</summary>
public sealed class ReportEndpointsTests(SeededCases seeded) : IClassFixture<SeededCases>
{
    private static readonly PdfSharpRenderer Renderer = new();
    private static readonly TestClock Clock = new();

    private static readonly ClaimsPrincipal Officer = new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "user-1"),
            new Claim(ClaimTypes.Name, "petugas@casedesk.local"),
            new Claim(CurrentUser.DisplayNameClaim, "Wa Ode Nurhayati"),
        ], "Test"));

    [Fact]
    public async Task CaseReport_KnownCase_IsAnInlinePdfNamedAfterTheReference()
    {
        var c = seeded.Cases[0];

        var result = await CaseReportAsync(c.Id, download: null);

        var pdf = Assert.IsType<PdfFile>(result);
        Assert.False(pdf.Download);
        Assert.Equal($"Laporan-Kasus-{c.ReferenceNumber}.pdf", pdf.FileName);
        var text = ReportPdf.Text(pdf.Content);
        Assert.Contains(c.ReferenceNumber, text);
        Assert.Contains("Dicetak oleh Wa Ode Nurhayati", text);
        // Reports carry the configured letterhead, as letters do.
        Assert.Contains(new Core.Letters.LetterOptions().Address, text);
    }

    [Fact]
    public async Task CaseReport_CaseWithLetters_ListsEveryIssuedLetterNumber()
    {
        var queries = new Core.Letters.LetterQueries(seeded.Db.Factory);
        var (caseId, letters) = (0, (IReadOnlyList<Core.Letters.LetterListItem>)[]);
        foreach (var c in seeded.Cases)
        {
            letters = await queries.ListForCaseAsync(c.Id);
            if (letters.Count >= 2)
            {
                caseId = c.Id;
                break;
            }
        }

        Assert.NotEmpty(letters);

        var text = ReportPdf.Text(Assert.IsType<PdfFile>(await CaseReportAsync(caseId, download: null)).Content);

        Assert.DoesNotContain("Belum ada surat.", text);
        Assert.All(letters, l => Assert.Contains(l.Number, text));
    }

    [Fact]
    public async Task CaseReport_DownloadFlag_IsAnAttachment()
    {
        var result = await CaseReportAsync(seeded.Cases[0].Id, download: "1");

        Assert.True(Assert.IsType<PdfFile>(result).Download);
    }

    [Fact]
    public async Task CaseReport_UnknownCase_IsNotFound() =>
        Assert.IsType<NotFound>(await CaseReportAsync(int.MaxValue, download: null));

    [Fact]
    public async Task MeetingReport_ValidPeriod_IsAPdfWithThePeriodInItsName()
    {
        var result = await MeetingReportAsync("2026-10-01", "2026-11-23", null, null);

        var pdf = Assert.IsType<PdfFile>(result);
        Assert.Equal("Laporan-Rapat-Koordinasi-2026-10-01-2026-11-23.pdf", pdf.FileName);
        Assert.False(pdf.Download);
        var text = ReportPdf.Text(pdf.Content);
        Assert.Contains("1 Oktober 2026 s.d. 23 November 2026", text);
        // The configured head of office signs reports as letters.
        Assert.Contains(new Core.Letters.LetterOptions().Signatory.Name, text);
    }

    [Fact]
    public async Task MeetingReport_OneRegencyAsDownload_IsAnAttachmentForThatRegency()
    {
        var result = await MeetingReportAsync("2026-01-01", "2026-11-23", "7414", "true");

        var pdf = Assert.IsType<PdfFile>(result);
        Assert.True(pdf.Download);
        Assert.Equal("Laporan-Rapat-Koordinasi-2026-01-01-2026-11-23-7414.pdf", pdf.FileName);
        Assert.Contains("Kabupaten/Kota: Buton Tengah", ReportPdf.Text(pdf.Content));
    }

    [Theory]
    [InlineData(null, "2026-11-23", null, "Tanggal awal wajib diisi.")]
    [InlineData("2026-10-01", "", null, "Tanggal akhir wajib diisi.")]
    [InlineData("01/10/2026", "2026-11-23", null, "Tanggal \"01/10/2026\" tidak valid")]
    [InlineData("2026-02-30", "2026-11-23", null, "Tanggal \"2026-02-30\" tidak valid")]
    [InlineData("2026-11-24", "2026-11-23", null, "Tanggal awal tidak boleh sesudah tanggal akhir.")]
    [InlineData("2022-01-01", "2026-11-23", null, "Periode laporan paling lama 3 tahun.")]
    [InlineData("2026-10-01", "2026-11-23", "7499", "Kode kabupaten/kota \"7499\" tidak dikenal")]
    public async Task MeetingReport_InvalidRequest_IsBadRequestWithIndonesianReason(string? from, string? to,
        string? regency, string message)
    {
        var result = await MeetingReportAsync(from, to, regency, null);

        var text = Assert.IsType<ContentHttpResult>(result);
        Assert.Equal(StatusCodes.Status400BadRequest, text.StatusCode);
        Assert.StartsWith("text/plain", text.ContentType, StringComparison.Ordinal);
        Assert.Contains(message, text.ResponseContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingReport_InvalidRequestInEnglish_ExplainsInEnglish()
    {
        using var _ = new CultureScope("en-US");

        var result = await MeetingReportAsync("2026-11-24", "2026-11-23", null, null);

        Assert.Equal("The start date cannot be after the end date.",
            Assert.IsType<ContentHttpResult>(result).ResponseContent);
    }

    [Fact]
    public async Task PdfFile_Execute_WritesPdfWithDispositionAndNoCaching()
    {
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };

        await new PdfFile("%PDF-1.7"u8.ToArray(), "Laporan-Kasus-ADU-2026-000123.pdf", Download: false)
            .ExecuteAsync(context);

        Assert.Equal("application/pdf", context.Response.ContentType);
        Assert.StartsWith("inline; filename=Laporan-Kasus-ADU-2026-000123.pdf;",
            context.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Equal("no-store", context.Response.Headers.CacheControl.ToString());
        Assert.Equal(8, context.Response.ContentLength);

        var download = new DefaultHttpContext { Response = { Body = new MemoryStream() } };
        await new PdfFile([1], "a.pdf", Download: true).ExecuteAsync(download);
        Assert.StartsWith("attachment;", download.Response.Headers.ContentDisposition.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Request_Url_CarriesPeriodRegencyAndDownload()
    {
        var request = new MeetingReportRequest(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 23), "7414");

        Assert.Equal("/reports/meeting.pdf?from=2026-10-01&to=2026-11-23&regency=7414", request.Url());
        Assert.Equal("/reports/meeting.pdf?from=2026-10-01&to=2026-11-23&download=1",
            (request with { RegencyCode = null }).Url(download: true));
    }

    private Task<IResult> CaseReportAsync(int id, string? download) =>
        ReportEndpoints.CaseReportAsync(id, download, Officer, new CaseReportQuery(seeded.Db.Factory),
            new Core.Letters.LetterQueries(seeded.Db.Factory), Renderer,
            Clock, NullLoggerFactory.Instance, Options.Create(new Core.Letters.LetterOptions()),
            new Core.Access.CaseAccess(seeded.Db.Factory), CancellationToken.None);

    private Task<IResult> MeetingReportAsync(string? from, string? to, string? regency, string? download) =>
        ReportEndpoints.MeetingReportAsync(from, to, regency, download, Officer,
            new MeetingReportQuery(seeded.Db.Factory, Clock), Renderer, Clock, Localizer(),
            Options.Create(new Core.Letters.LetterOptions()), new Core.Access.CaseAccess(seeded.Db.Factory),
            CancellationToken.None);

    internal static IStringLocalizer<MeetingReportRequest> Localizer() =>
        new StringLocalizer<MeetingReportRequest>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
}
