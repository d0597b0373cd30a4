using System.Net;
using System.Text.RegularExpressions;
using CaseDesk.Core.Accounts;
using CaseDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;

namespace CaseDesk.Tests.Web;

/// <summary>Accounts are created by admins only: Production has no registration page or endpoint.</summary>
public sealed partial class NoSelfRegistrationTests
{
    private const string Password = "sagu-dan-ikan-bakar-tiap-jumat";

    [Fact]
    public async Task Register_InProduction_IsNotFoundEvenWhenSignedIn()
    {
        await using var app = await RunningApp.StartAsync("Production");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUri };

        // Anonymous visitors only ever reach the sign-in page.
        var anonymous = await http.GetAsync("/account/register");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);

        await AddOfficerAsync(app);
        await SignInAsync(http);
        foreach (var path in new[] { "/account/register", "/Account/Register", "/register" })
        {
            var get = await http.GetAsync(path);
            Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"GET {path}: {get.StatusCode} {get.Headers.Location}");
        }
    }

    private static async Task AddOfficerAsync(RunningApp app)
    {
        await using var db = app.OpenDatabase();
        var user = new AppUser
        {
            UserName = "petugas@test.local",
            NormalizedUserName = "PETUGAS@TEST.LOCAL",
            Email = "petugas@test.local",
            NormalizedEmail = "PETUGAS@TEST.LOCAL",
            DisplayName = "Petugas",
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };
        user.PasswordHash = new PasswordHasher<AppUser>().HashPassword(user, Password);
        db.Users.Add(user);
        await db.SaveChangesAsync();
    }

    private static async Task SignInAsync(HttpClient http)
    {
        var form = await http.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent([
            new("_handler", "login"), new("__RequestVerificationToken", token),
            new("Input.Email", "petugas@test.local"), new("Input.Password", Password)]);
        var response = await http.PostAsync("/account/login", content);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect
            && !(response.Headers.Location?.ToString() ?? "").Contains("/account/login", StringComparison.Ordinal),
            $"sign-in: {response.StatusCode} {response.Headers.Location}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
