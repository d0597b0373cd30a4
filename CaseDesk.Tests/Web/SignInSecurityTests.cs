using System.Security.Claims;
using CaseDesk.Core.Accounts;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Web;

/// <summary>The pieces of two-factor sign-in that need no running app: key display, the otpauth URI and its QR
/// code, the admin enrolment requirement, and the sign-in rate limit covering the second step.</summary>
public sealed class SignInSecurityTests
{
    [Fact]
    public void FormatKey_Base32Key_GroupsOfFourUppercase() =>
        Assert.Equal("ABCD EFGH IJKL MN", Authenticator.FormatKey("abcdefghijklmn"));

    [Fact]
    public void OtpAuthUri_Account_NamesIssuerAccountAndSecret()
    {
        var uri = Authenticator.OtpAuthUri("admin@casedesk.local", "ABCDEFGH");

        Assert.Equal("otpauth://totp/CaseDesk%20BP3MI%20Sultra:admin%40casedesk.local"
            + "?secret=ABCDEFGH&issuer=CaseDesk%20BP3MI%20Sultra&digits=6", uri);
    }

    [Fact]
    public void QrSvg_OtpAuthUri_IsAnSvgWithoutScript()
    {
        var svg = Authenticator.QrSvg(Authenticator.OtpAuthUri("admin@casedesk.local", "ABCDEFGHIJKLMNOP"));

        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("viewBox", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("123-456", "123456")]
    public void NormalizeCode_TypedWithSpacesOrDash_DigitsOnly(string typed, string expected) =>
        Assert.Equal(expected, Authenticator.NormalizeCode(typed));

    [Fact]
    public void NormalizeRecoveryCode_Typed_KeepsTheDash() =>
        Assert.Equal("B2C3D-F4G5H", Authenticator.NormalizeRecoveryCode(" b2c3d-f4g5h "));

    [Theory]
    [InlineData("/account/login", true)]
    [InlineData("/account/login-2fa", true)]
    [InlineData("/account/2fa", false)]
    public void IsSignIn_Post_CoversBothSignInSteps(string path, bool limited)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = path;

        Assert.Equal(limited, SignInRateLimit.IsSignIn(context.Request));
    }

    [Theory]
    [InlineData(Roles.Admin, false, true, true)]
    [InlineData(Roles.Admin, true, true, false)]
    [InlineData(Roles.Admin, false, false, false)]
    [InlineData(Roles.Head, false, true, false)]
    [InlineData(Roles.Supervisor, false, true, false)]
    public void MustEnrol_RoleEnrolmentAndSetting_OnlyAdminsWithoutAuthenticatorWhenRequired(string role,
        bool enrolled, bool required, bool expected) =>
        Assert.Equal(expected, TwoFactorRequirement.MustEnrol(User(role, enrolled),
            new AccountSecurityOptions { RequireTwoFactorForAdmin = required }));

    [Fact]
    public void MustEnrol_Anonymous_False() =>
        Assert.False(TwoFactorRequirement.MustEnrol(new ClaimsPrincipal(new ClaimsIdentity()), new AccountSecurityOptions()));

    [Theory]
    [InlineData("GET", "/cases", "text/html", 302)]
    [InlineData("GET", "/exports/cases.csv", "text/csv", 403)]
    [InlineData("POST", "/_blazor/negotiate", "", 403)]
    [InlineData("GET", "/account/2fa", "text/html", 200)]
    public async Task Requirement_AdminWithoutAuthenticator_OnlyTheEnrolmentPage(string method, string path,
        string accept, int expected)
    {
        var context = Context(User(Roles.Admin, enrolled: false), method, path, accept);

        await Pipeline(required: true)(context);

        Assert.Equal(expected, context.Response.StatusCode);
        if (expected == 302)
        {
            Assert.Equal("/account/2fa", context.Response.Headers.Location.ToString());
        }
    }

    [Fact]
    public async Task Requirement_AnonymousEndpoint_StaysReachable()
    {
        var context = Context(User(Roles.Admin, enrolled: false), "POST", "/account/logout", "");
        context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new AllowAnonymousAttribute()), "logout"));

        await Pipeline(required: true)(context);

        Assert.Equal(200, context.Response.StatusCode);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Requirement_EnrolledAdminOrSwitchedOff_PassesThrough(bool enrolled, bool required)
    {
        var context = Context(User(Roles.Admin, enrolled), "GET", "/cases", "text/html");

        await Pipeline(required)(context);

        Assert.Equal(200, context.Response.StatusCode);
    }

    private static ClaimsPrincipal User(string role, bool enrolled)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u-1"), new(ClaimTypes.Role, role) };
        if (enrolled)
        {
            claims.Add(new Claim(TwoFactorRequirement.EnrolledClaim, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static DefaultHttpContext Context(ClaimsPrincipal user, string method, string path, string accept)
    {
        var context = new DefaultHttpContext { User = user };
        context.Request.Method = method;
        context.Request.Path = path;
        if (accept.Length > 0)
        {
            context.Request.Headers.Accept = accept;
        }

        return context;
    }

    private static RequestDelegate Pipeline(bool required)
    {
        var services = new ServiceCollection()
            .AddSingleton(Options.Create(new AccountSecurityOptions { RequireTwoFactorForAdmin = required }))
            .BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        app.Use(async (context, next) =>
        {
            context.RequestServices = services;
            await next(context);
        });
        app.UseCaseDeskTwoFactorRequirement();
        app.Run(context =>
        {
            context.Response.StatusCode = 200;
            return Task.CompletedTask;
        });
        return app.Build();
    }
}
