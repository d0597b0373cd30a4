using System.Net;
using System.Text.RegularExpressions;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Exports;

/// <summary>The export endpoints in the real application (Kestrel, which forbids synchronous writes), signed in
/// through the sign-in form as an officer and as a supervisor.</summary>
public sealed partial class ExportEndpointsAppTests
{
    [Fact]
    public async Task Exports_OfficerAndSupervisor_StreamFilesAndGatePersonalData()
    {
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "40"));
        using var anonymous = Client(app);
        using var officer = Client(app);
        using var supervisor = Client(app);
        await SignInAsync(officer, app, DemoData.OfficerEmail);
        await SignInAsync(supervisor, app, DemoData.SupervisorEmail);
        int total;
        await using (var db = app.OpenDatabase())
        {
            total = await db.Cases.CountAsync();
        }

        var signedOut = await anonymous.GetAsync("/exports/cases.csv");
        var csv = await officer.GetAsync("/exports/cases.csv?open=false");
        var xlsx = await officer.GetAsync("/exports/cases.xlsx?open=false&kind=Complaint");
        var refused = await officer.GetAsync("/exports/cases.csv?personal=true");
        var personal = await supervisor.GetAsync("/exports/cases.xlsx?open=false&personal=true");

        Assert.True(signedOut.StatusCode == HttpStatusCode.Redirect, $"{signedOut.StatusCode}\n{app.Log()}");
        Assert.StartsWith("/account/login", signedOut.Headers.Location?.AbsolutePath ?? "", StringComparison.Ordinal);

        Assert.True(csv.StatusCode == HttpStatusCode.OK, $"{csv.StatusCode}\n{app.Log()}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^kasus-\d{4}-\d{2}-\d{2}\.csv$", csv.Content.Headers.ContentDisposition?.FileNameStar ?? "");
        Assert.True(csv.Headers.TransferEncodingChunked); // streamed as written, not buffered first
        var records = ExportFiles.ReadCsv(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal("Nomor registrasi", records[0][0]);
        Assert.DoesNotContain("NIK", records[0]);
        Assert.Equal(total, records.Count - 1);

        Assert.True(xlsx.StatusCode == HttpStatusCode.OK, $"{xlsx.StatusCode}\n{app.Log()}");
        var complaints = ExportFiles.Rows(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.True(complaints.Count > 1);
        Assert.All(complaints.Skip(1), r => Assert.Equal("Pengaduan", r["B"].Text));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("data pribadi", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.True(personal.StatusCode == HttpStatusCode.OK, $"{personal.StatusCode}\n{app.Log()}");
        var header = ExportFiles.Header(await personal.Content.ReadAsByteArrayAsync());
        Assert.Contains("NIK", header);
        Assert.Contains("Nomor paspor", header);
        await using (var db = app.OpenDatabase())
        {
            var started = await db.AuditEntries.AsNoTracking()
                .SingleAsync(e => e.Action == AuditAction.ExportPersonalData);
            Assert.Equal("La Ode Rusdin", started.UserName);
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.ExportCompleted);
            Assert.Contains($"\"rows\":{total},\"completed\":true", entry.Detail, StringComparison.Ordinal);
        }
    }

    private static HttpClient Client(RunningApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = app.BaseUri };

    /// <summary>Signs in through the static sign-in form, antiforgery token included, as a browser would.</summary>
    private static async Task SignInAsync(HttpClient http, RunningApp app, string email)
    {
        var form = await http.GetStringAsync("/account/login");
        var token = TokenField().Match(form);
        Assert.True(token.Success, $"no antiforgery token on the sign-in page\n{app.Log()}");

        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["Input.Email"] = email,
                ["Input.Password"] = DemoData.Password,
            }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in: {response.StatusCode}\n{app.Log()}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
