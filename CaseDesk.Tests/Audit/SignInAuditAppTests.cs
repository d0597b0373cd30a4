using System.Net;
using System.Text.RegularExpressions;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Audit;

/// <summary>Sign-in, sign-in failures, an export and sign-out in the real application: each leaves its audit row
/// with the address the request came from; the page never says which part of a failed sign-in was wrong.</summary>
public sealed partial class SignInAuditAppTests
{
    [Fact]
    public async Task SignInFailuresSignInExportAndSignOut_AreAuditedWithTheAddress()
    {
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "5"));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = app.BaseUri,
        };

        var unknown = await PostLoginAsync(http, "nobody@casedesk.local", DemoData.Password);
        var wrong = await PostLoginAsync(http, DemoData.SupervisorEmail, "Salah-Sandi-2026");
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.NotEmpty(ErrorText(unknown.Body));
        Assert.Equal(ErrorText(unknown.Body), ErrorText(wrong.Body)); // the same message for both
        var signedIn = await PostLoginAsync(http, DemoData.SupervisorEmail, DemoData.Password);
        Assert.True(signedIn.Status == HttpStatusCode.Redirect, $"sign-in: {signedIn.Status}\n{app.Log()}");
        using (var export = await http.GetAsync("/exports/cases.csv?personal=true"))
        {
            Assert.True(export.StatusCode == HttpStatusCode.OK, $"export: {export.StatusCode}\n{app.Log()}");
        }

        var token = TokenField().Match(await http.GetStringAsync("/account/login")).Groups[1].Value;
        using (var logout = await http.PostAsync("/account/logout", new FormUrlEncodedContent(
                   new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) })))
        {
            Assert.True(logout.StatusCode == HttpStatusCode.Redirect, $"logout: {logout.StatusCode}\n{app.Log()}");
        }

        await using var db = app.OpenDatabase();
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.SignIn || e.Action == AuditAction.SignInFailed
                || e.Action == AuditAction.SignOut || e.Action == AuditAction.ExportPersonalData)
            .OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignIn,
            AuditAction.ExportPersonalData, AuditAction.SignOut], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal("127.0.0.1", r.IpAddress));
        Assert.Contains("\"reason\":\"UnknownAccount\"", rows[0].Detail, StringComparison.Ordinal);
        Assert.Contains("nobody@casedesk.local", rows[0].Detail, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"WrongPassword\"", rows[1].Detail, StringComparison.Ordinal);
        var supervisorId = rows[2].UserId;
        Assert.Equal(supervisorId, rows[1].UserId);
        Assert.Equal(supervisorId, rows[3].UserId);
        Assert.Equal(supervisorId, rows[4].UserId);
        Assert.DoesNotContain("Salah-Sandi", string.Concat(rows.Select(r => r.Detail)), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostLoginAsync(HttpClient http, string email,
        string password)
    {
        var token = TokenField().Match(await http.GetStringAsync("/account/login")).Groups[1].Value;
        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string ErrorText(string body) => LoginError().Match(body).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("data-testid=\"login-error\">([^<]*)<")]
    private static partial Regex LoginError();
}
