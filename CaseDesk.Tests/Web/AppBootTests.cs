using System.Net;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Web;

/// <summary>Starts the real application with a fresh database file, as a newcomer's <c>dotnet run</c> would.</summary>
public sealed class AppBootTests
{
    [Fact]
    public async Task App_InProduction_ServesSignInAndProtectsCasesAndMigratesDatabase()
    {
        await using var app = await RunningApp.StartAsync("Production");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = app.BaseUri,
        };

        var login = await http.GetAsync("/account/login");
        var body = await login.Content.ReadAsStringAsync();
        Assert.True(login.StatusCode == HttpStatusCode.OK, $"GET /account/login: {login.StatusCode}\n{app.Log()}");
        Assert.Contains("CaseDesk", body, StringComparison.Ordinal);
        Assert.Contains("Masuk", body, StringComparison.Ordinal);

        var cases = await http.GetAsync("/cases");
        Assert.Equal(HttpStatusCode.Redirect, cases.StatusCode);
        var location = cases.Headers.Location?.ToString() ?? "";
        Assert.Contains("/account/login", location, StringComparison.OrdinalIgnoreCase);

        app.Stop();
        Assert.True(File.Exists(app.DatabasePath), $"database file {app.DatabasePath} missing\n{app.Log()}");
        await using var db = app.OpenDatabase();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(17, await db.Regencies.CountAsync());
        // Production never seeds demo data.
        Assert.Equal(0, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task App_InDevelopment_SeedsDemoCasesAndAccounts()
    {
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "20"));
        using var http = new HttpClient { BaseAddress = app.BaseUri };
        var login = await http.GetAsync("/account/login");
        Assert.True(login.StatusCode == HttpStatusCode.OK, $"GET /account/login: {login.StatusCode}\n{app.Log()}");

        var count = await WaitForCasesAsync(app, 20);

        Assert.True(count == 20, $"expected 20 demo cases, found {count}\n{app.Log()}");
        await using var check = app.OpenDatabase();
        Assert.True(await check.Users.AnyAsync(u => u.Email == Core.Demo.DemoData.OfficerEmail), app.Log());
    }

    /// <summary>Seeding may run before or after the server starts listening: wait for it.</summary>
    internal static async Task<int> WaitForCasesAsync(RunningApp app, int expected)
    {
        var deadline = DateTime.UtcNow + RunningApp.StartTimeout;
        int count;
        do
        {
            await using var db = app.OpenDatabase();
            count = await db.Cases.CountAsync();
            if (count >= expected)
            {
                break;
            }

            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);

        return count;
    }
}
