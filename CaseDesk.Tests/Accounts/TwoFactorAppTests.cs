using System.Net;
using System.Text.RegularExpressions;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Accounts;

/// <summary>Sign-in security in the real application over HTTP: lockout after repeated failures, the admin held on
/// the enrolment page until an authenticator is enrolled, the second sign-in step with codes, all audited.</summary>
public sealed partial class TwoFactorAppTests
{
    [Fact]
    public async Task Lockout_FiveWrongPasswords_RefusesTheRightOneUntilTheLockoutEnds()
    {
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "1"));
        using var http = Client(app);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await PostFormAsync(http, "/account/login", "login", new()
            {
                ["Input.Email"] = DemoData.SupervisorEmail,
                ["Input.Password"] = "Salah-Sandi-2026",
            });
            Assert.Equal(HttpStatusCode.OK, wrong.Status);
        }

        var refused = await PostFormAsync(http, "/account/login", "login", new()
        {
            ["Input.Email"] = DemoData.SupervisorEmail,
            ["Input.Password"] = DemoData.Password,
        });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("dikunci sementara", ErrorText(refused.Body), StringComparison.Ordinal);
        Assert.Contains("15 menit", ErrorText(refused.Body), StringComparison.Ordinal);

        await using (var db = app.OpenDatabase())
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoData.SupervisorEmail);
            Assert.NotNull(user.LockoutEnd);
            Assert.InRange(user.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
            var reasons = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Action == AuditAction.SignInFailed).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync();
            Assert.Equal(6, reasons.Count);
            Assert.All(reasons.Take(4), r => Assert.Contains("\"reason\":\"WrongPassword\"", r, StringComparison.Ordinal));
            Assert.All(reasons.Skip(4), r => Assert.Contains("\"reason\":\"LockedOut\"", r, StringComparison.Ordinal));

            // Identity reads the wall clock; the lockout ending is its end moving into the past.
            user.LockoutEnd = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        }

        var afterLockout = await PostFormAsync(http, "/account/login", "login", new()
        {
            ["Input.Email"] = DemoData.SupervisorEmail,
            ["Input.Password"] = DemoData.Password,
        });
        Assert.True(afterLockout.Status == HttpStatusCode.Redirect, $"{afterLockout.Status}\n{app.Log()}");
    }

    [Fact]
    public async Task RequiredTwoFactor_AdminEnrolsThenSignsInWithCodes_AndWrongCodesLockOut()
    {
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "1"), ("Accounts__RequireTwoFactorForAdmin", "true"));
        using var http = Client(app);

        // Password accepted, but the admin has no authenticator: everything leads to the enrolment page.
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(http)).Status);
        using (var dashboard = await http.GetAsync("/dashboard"))
        {
            Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
            Assert.Equal("/account/2fa", LocalPath(dashboard));
        }

        using (var users = await http.GetAsync("/admin/users"))
        {
            Assert.Equal("/account/2fa", LocalPath(users));
        }

        using (var export = await http.GetAsync("/exports/cases.csv?personal=true"))
        {
            Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
        }

        var enrolment = await http.GetStringAsync("/account/2fa");
        Assert.Contains("data-testid=\"two-factor-required\"", enrolment, StringComparison.Ordinal);
        Assert.Contains("<svg", enrolment, StringComparison.Ordinal);
        Assert.Contains("otpauth://totp/CaseDesk%20BP3MI%20Sultra:", enrolment, StringComparison.Ordinal);
        var key = SharedKey().Match(enrolment).Groups[1].Value;
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", key);

        var wrongCode = await PostFormAsync(http, "/account/2fa", "enable", new() { ["Input.Code"] = "000000" });
        Assert.Contains("data-testid=\"two-factor-error\"", wrongCode.Body, StringComparison.Ordinal);
        var enabled = await PostFormAsync(http, "/account/2fa", "enable",
            new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.True(enabled.Body.Contains("data-testid=\"recovery-codes\"", StringComparison.Ordinal), enabled.Body);
        var recoveryCodes = RecoveryCode().Matches(enabled.Body).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.DoesNotContain("data-testid=\"disable\"", enabled.Body, StringComparison.Ordinal); // required for admins

        // The re-issued cookie lets the admin in.
        using (var dashboard = await http.GetAsync("/dashboard"))
        {
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        }

        await SignOutAsync(http);
        var password = await SignInAsync(http);
        Assert.Equal(HttpStatusCode.Redirect, password.Status);
        Assert.StartsWith("/account/login-2fa", password.Location, StringComparison.Ordinal);
        using (var notYet = await http.GetAsync("/dashboard"))
        {
            Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
            Assert.StartsWith("/account/login", LocalPath(notYet), StringComparison.Ordinal);
        }

        // (The sign-in rate limit allows 10 posts a minute from one address: this test makes exactly 10.)
        var recovered = await PostFormAsync(http, "/account/login-2fa", "login-2fa",
            new() { ["Input.Code"] = recoveryCodes[0].ToLowerInvariant() });
        Assert.True(recovered.Status == HttpStatusCode.Redirect, $"{recovered.Status}\n{app.Log()}");
        using (var dashboard = await http.GetAsync("/dashboard"))
        {
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        }

        // A used recovery code is spent; five wrong codes lock the account, then even a good code is refused.
        await SignOutAsync(http);
        await SignInAsync(http);
        var reused = await PostFormAsync(http, "/account/login-2fa", "login-2fa", new() { ["Input.Code"] = recoveryCodes[0] });
        Assert.Equal(HttpStatusCode.OK, reused.Status);
        Assert.NotEmpty(ErrorText(reused.Body));
        for (var i = 0; i < 4; i++)
        {
            await PostFormAsync(http, "/account/login-2fa", "login-2fa", new() { ["Input.Code"] = "654321" });
        }

        var locked = await PostFormAsync(http, "/account/login-2fa", "login-2fa", new() { ["Input.Code"] = recoveryCodes[1] });
        Assert.True(locked.Status == HttpStatusCode.OK, $"{locked.Status} {locked.Location}");
        Assert.Contains("dikunci sementara", ErrorText(locked.Body), StringComparison.Ordinal);

        await using var db = app.OpenDatabase();
        var admin = await db.Users.SingleAsync(u => u.Email == DemoData.AdminEmail);
        Assert.True(admin.TwoFactorEnabled);
        Assert.True(admin.LockoutEnd > DateTimeOffset.UtcNow);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == admin.Id && e.Action != AuditAction.SignOut).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [AuditAction.SignIn, AuditAction.TwoFactorEnabled, AuditAction.SignIn, AuditAction.SignInFailed,
                AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignInFailed,
                AuditAction.SignInFailed],
            rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal("127.0.0.1", r.IpAddress));
        Assert.Contains("\"method\":\"RecoveryCode\"", rows[2].Detail, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"WrongCode\"", rows[3].Detail, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"LockedOut\"", rows[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentDemo_AdminWithoutAuthenticator_SignsInAsBefore()
    {
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "1"));
        using var http = Client(app);

        Assert.Equal("/", (await SignInAsync(http)).Location);
        using var dashboard = await http.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    private static HttpClient Client(RunningApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = app.BaseUri };

    private static Task<(HttpStatusCode Status, string Body, string? Location)> SignInAsync(HttpClient http) =>
        PostFormAsync(http, "/account/login", "login", new()
        {
            ["Input.Email"] = DemoData.AdminEmail,
            ["Input.Password"] = DemoData.Password,
        });

    private static async Task SignOutAsync(HttpClient http)
    {
        var token = TokenField().Match(await http.GetStringAsync("/account/login")).Groups[1].Value;
        using var logout = await http.PostAsync("/account/logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
    }

    /// <summary>Posts a static form the way the browser does: the page's antiforgery token and the form name.</summary>
    private static async Task<(HttpStatusCode Status, string Body, string? Location)> PostFormAsync(HttpClient http,
        string path, string formName, Dictionary<string, string> fields)
    {
        using var page = await http.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenField().Match(html).Groups[1].Value;
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        using var response = await http.PostAsync(path, new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), LocalPath(response));
    }

    /// <summary>The redirect target without scheme and host (the app writes both forms).</summary>
    private static string? LocalPath(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static string ErrorText(string body) => LoginError().Match(body).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("data-testid=\"login-error\">([^<]*)<")]
    private static partial Regex LoginError();

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCode();
}
