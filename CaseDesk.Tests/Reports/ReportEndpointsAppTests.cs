using System.Net;
using System.Text.RegularExpressions;
using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;

namespace CaseDesk.Tests.Reports;

/// <summary>The report endpoints in the real application: protected, and served as PDF once signed in.</summary>
public sealed partial class ReportEndpointsAppTests
{
    private const string MeetingUrl = "/reports/meeting.pdf?from=2026-10-01&to=2026-11-23";

    [Fact]
    public async Task MeetingReport_SignedOutThenSignedIn_RedirectsToLoginThenServesPdf()
    {
        // Demo accounts only, no cases: enough to sign in.
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "0"));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = app.BaseUri,
        };

        var anonymous = await http.GetAsync(MeetingUrl);

        Assert.True(anonymous.StatusCode == HttpStatusCode.Redirect, $"{anonymous.StatusCode}\n{app.Log()}");
        Assert.StartsWith("/account/login", anonymous.Headers.Location?.AbsolutePath ?? "", StringComparison.Ordinal);
        Assert.NotEqual("application/pdf", anonymous.Content.Headers.ContentType?.MediaType);

        await SignInAsync(http, app);
        var pdf = await http.GetAsync(MeetingUrl + "&download=1");
        var bad = await http.GetAsync("/reports/meeting.pdf?from=2026-12-01&to=2026-11-23");
        var missing = await http.GetAsync("/cases/424242/report.pdf");

        Assert.True(pdf.StatusCode == HttpStatusCode.OK, $"{pdf.StatusCode}\n{app.Log()}");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Laporan-Rapat-Koordinasi-2026-10-01-2026-11-23.pdf",
            pdf.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("1 Oktober 2026 s.d. 23 November 2026", ReportPdf.Text(await pdf.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Tanggal awal tidak boleh sesudah tanggal akhir.", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>Signs in through the static sign-in form, antiforgery token included, as a browser would.</summary>
    private static async Task SignInAsync(HttpClient http, RunningApp app)
    {
        var form = await http.GetStringAsync("/account/login");
        var token = TokenField().Match(form);
        Assert.True(token.Success, $"no antiforgery token on the sign-in page\n{app.Log()}");

        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["Input.Email"] = DemoData.OfficerEmail,
                ["Input.Password"] = DemoData.Password,
            }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in: {response.StatusCode}\n{app.Log()}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
