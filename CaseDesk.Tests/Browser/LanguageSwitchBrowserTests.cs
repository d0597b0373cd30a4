using CaseDesk.Tests.Support;
using Microsoft.Playwright;

namespace CaseDesk.Tests.Browser;

/// <summary>
/// The language switch in a real browser: Indonesian by default, English on request, and back to Indonesian — the
/// choice survives navigation (a cookie), and every text seen switches with it, not only the menu.
/// </summary>
[Trait("Category", "Browser")]
public sealed class LanguageSwitchBrowserTests
{
    [Fact]
    public async Task Officer_SwitchesToEnglishAndBack_EveryScreenFollowsTheChoice()
    {
        Assert.True(BrowserSession.ChromiumInstalled, "Chromium is missing: apt-get install -y chromium (.ci/run does)");
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "5"));
        Assert.Equal(5, await Web.AppBootTests.WaitForCasesAsync(app, 5));
        await using var browser = await BrowserSession.StartAsync(app);
        var page = browser.Page;

        await browser.SignInAsync();
        await page.GotoAsync("/cases");
        await browser.WaitForInteractiveAsync();
        var heading = page.Locator("h1");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Assertions.Expect(heading).ToHaveTextAsync("Antrean Kasus");
        await Assertions.Expect(page.Locator(".mud-navmenu")).ToContainTextAsync("Kasus Baru");

        await page.Locator(".cd-lang-btn[lang=en]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(heading).ToHaveTextAsync("Case queue");
        await Assertions.Expect(page.Locator(".mud-navmenu")).ToContainTextAsync("New case");
        await browser.ScreenshotAsync("language-01-en");

        // The choice is kept across pages: the intake form is in English too.
        await page.GotoAsync("/cases/new");
        await browser.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("button.save-case")).ToContainTextAsync("Save");

        await page.Locator(".cd-lang-btn[lang=id]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Assertions.Expect(page.Locator("button.save-case")).ToContainTextAsync("Simpan");
        await page.GotoAsync("/cases");
        await browser.WaitForInteractiveAsync();
        await Assertions.Expect(heading).ToHaveTextAsync("Antrean Kasus");
        await browser.ScreenshotAsync("language-02-id");
        Assert.True(browser.ConsoleErrors.Count == 0, string.Join("\n", browser.ConsoleErrors));
        browser.Complete();
    }
}
