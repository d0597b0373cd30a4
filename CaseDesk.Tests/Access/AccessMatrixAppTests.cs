using System.Net;
using System.Text.RegularExpressions;
using CaseDesk.Core.Access;
using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Access;

/// <summary>
/// The role × endpoint matrix over HTTP against the real application (its own process, demo accounts and cases,
/// regional assignment on). One app for the whole table: starting it per row would take minutes.
/// </summary>
public sealed partial class AccessMatrixAppTests
{
    private const string AndiEmail = "andi.pratama@casedesk.local";

    private static readonly Dictionary<Who, string?> Accounts = new()
    {
        [Who.Officer] = DemoData.OfficerEmail,
        [Who.OtherOfficer] = AndiEmail,
        [Who.Supervisor] = DemoData.SupervisorEmail,
        [Who.Head] = DemoData.HeadEmail,
        [Who.Admin] = DemoData.AdminEmail,
        [Who.Anonymous] = null,
    };

    [Fact]
    public async Task Endpoints_AsEachRole_MatchMatrix()
    {
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "40"), ("Access__RegionalAssignment", "true"));
        var (caseId, reference, letterId) = await ArrangeRegionsAsync(app);

        var csv = "/exports/cases.csv?open=false";
        var rows = new (string Endpoint, Expect[] Expected)[]
        {
            // Columns: Officer (case's region), Officer of another region, Supervisor, Head, Admin, anonymous.
            ($"/cases/{caseId}/report.pdf", [Expect.Allowed, Expect.NotFound, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Forbidden]),
            ($"/cases/{caseId}/letters/{letterId}.pdf", [Expect.Allowed, Expect.NotFound, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Forbidden]),
            (csv, [Expect.Allowed, Expect.NotFound, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Forbidden]),
            (csv + "&personal=true", [Expect.Forbidden, Expect.Forbidden, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Forbidden]),
            ("/reports/meeting.pdf?from=2026-01-01&to=2026-11-23", [Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Allowed, Expect.Forbidden]),
        };

        var failures = new List<string>();
        foreach (var (who, email) in Accounts)
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
            {
                BaseAddress = app.BaseUri,
            };
            if (email is not null)
            {
                await SignInAsync(http, app, email);
            }

            foreach (var (endpoint, expected) in rows)
            {
                using var response = await http.GetAsync(endpoint);
                var body = await response.Content.ReadAsStringAsync();
                var actual = Classify(response, endpoint == csv ? body.Contains(reference, StringComparison.Ordinal) : null);
                var want = expected[(int)who];
                if (actual != want)
                {
                    failures.Add($"{who} GET {endpoint}: expected {want}, got {actual} ({(int)response.StatusCode})");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + app.Log());
    }

    /// <summary>200 is allowed (for the export: only if the case is in it), 404 not found, 403 or a redirect to the
    /// sign-in page forbidden.</summary>
    private static Expect Classify(HttpResponseMessage response, bool? listsCase) => response.StatusCode switch
    {
        HttpStatusCode.OK => listsCase == false ? Expect.NotFound : Expect.Allowed,
        HttpStatusCode.NotFound => Expect.NotFound,
        HttpStatusCode.Forbidden => Expect.Forbidden,
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/account/", StringComparison.Ordinal) == true
            => Expect.Forbidden,
        _ => (Expect)(-1),
    };

    /// <summary>The demo officer gets the region of an open case with a letter that Andi does not hold; Andi another
    /// region.</summary>
    private static async Task<(int CaseId, string Reference, int LetterId)> ArrangeRegionsAsync(RunningApp app)
    {
        await using var db = app.OpenDatabase();
        var andi = await db.Users.Where(u => u.Email == AndiEmail).Select(u => u.Id).SingleAsync();
        var officer = await db.Users.Where(u => u.Email == DemoData.OfficerEmail).Select(u => u.Id).SingleAsync();
        var target = await (from c in db.Cases
                            join l in db.Letters on c.Id equals l.CaseId
                            where c.AssignedOfficerId != andi
                            orderby c.Id
                            select new { c.Id, c.ReferenceNumber, c.HomeRegencyCode, LetterId = l.Id }).FirstAsync();
        var other = await db.Regencies.Where(r => r.Code != target.HomeRegencyCode).Select(r => r.Code).FirstAsync();
        db.UserRegions.Add(new UserRegion { UserId = officer, RegencyCode = target.HomeRegencyCode });
        db.UserRegions.Add(new UserRegion { UserId = andi, RegencyCode = other });
        await db.SaveChangesAsync();
        return (target.Id, target.ReferenceNumber, target.LetterId);
    }

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
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in {email}: {response.StatusCode}\n{app.Log()}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
