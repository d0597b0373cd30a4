using System.Net;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Hosting;

namespace CaseDesk.Tests.Web;

/// <summary>Security headers and the sign-in rate limit, on the real app over HTTP.</summary>
public sealed class WebHardeningTests
{
    [Fact]
    public async Task Responses_CarryCspAndHardeningHeaders_AndSignInIsRateLimitedPerClient()
    {
        await using var app = await RunningApp.StartAsync("Production");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUri };

        foreach (var path in new[] { "/account/login", "/app.css", "/cases" })
        {
            var response = await http.GetAsync(path);
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{path}\n{app.Log()}");
            var policy = Assert.Single(csp);
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }

        // The sign-in page renders no inline script the policy would block.
        var login = await http.GetStringAsync("/account/login");
        Assert.DoesNotContain("<script>", login, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"importmap\"", login, StringComparison.Ordinal);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= SignInRateLimit.PermitsPerMinute; i++)
        {
            using var form = new FormUrlEncodedContent([new("Input.Email", "nobody@casedesk.local"), new("Input.Password", "x")]);
            statuses.Add((await http.PostAsync("/account/login", form)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(SignInRateLimit.PermitsPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // Other pages are not limited.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/account/login")).StatusCode);
    }
}
