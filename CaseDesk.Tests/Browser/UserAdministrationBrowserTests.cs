using System.Text.RegularExpressions;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseDesk.Tests.Browser;

/// <summary>The demo admin creates an account on /admin/users in a real browser; the new officer can sign in.</summary>
[Trait("Category", "Browser")]
public sealed class UserAdministrationBrowserTests
{
    [Fact]
    public async Task Admin_CreatesOfficer_WhoCanSignIn()
    {
        Assert.True(BrowserSession.ChromiumInstalled, "Chromium is missing: apt-get install -y chromium (.ci/run does)");
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "0"));
        await using var browser = await BrowserSession.StartAsync(app);
        var page = browser.Page;

        await browser.SignInAsync(DemoData.AdminEmail);
        await page.GotoAsync("/admin/users");
        await browser.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=user-table]")).ToContainTextAsync(DemoData.OfficerEmail);
        await browser.ScreenshotAsync("users-01-list");

        await page.ClickAsync("button.user-add");
        await page.FillAsync("#user-email", "baru@casedesk.local");
        await page.FillAsync("#user-name", "Petugas Baru");
        await page.FillAsync("#user-password", "sagu-dan-ikan-bakar-tiap-jumat");
        await browser.ScreenshotAsync("users-02-add");
        await page.ClickAsync("button.user-save");
        await Assertions.Expect(page.Locator("[data-testid=user-table]")).ToContainTextAsync("baru@casedesk.local");
        await browser.ScreenshotAsync("users-03-created");

        await using (var db = app.OpenDatabase())
        {
            Assert.True(await db.Users.AnyAsync(u => u.Email == "baru@casedesk.local"));
        }

        await page.Context.ClearCookiesAsync();
        await browser.SignInAsync("baru@casedesk.local", "sagu-dan-ikan-bakar-tiap-jumat");
        await browser.ExpectUrlAsync(new Regex("/cases"));
        Assert.Empty(browser.ConsoleErrors);
        browser.Complete();
    }
}
