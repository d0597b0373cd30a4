using System.Globalization;
using System.Text.RegularExpressions;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseDesk.Tests.Browser;

/// <summary>
/// Intake in a real browser with two mistakes an officer makes at the counter — a NIK one digit short and a birth date
/// in the future: the form says what is wrong in Indonesian, keeps what was typed, and nothing reaches the database.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class IntakeValidationBrowserTests
{
    [Fact]
    public async Task Officer_EntersShortNikAndFutureBirthDate_SeesIndonesianMessagesAndNothingIsSaved()
    {
        Assert.True(BrowserSession.ChromiumInstalled, "Chromium is missing: apt-get install -y chromium (.ci/run does)");
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "3"));
        Assert.Equal(3, await Web.AppBootTests.WaitForCasesAsync(app, 3));
        await using var browser = await BrowserSession.StartAsync(app);
        var page = browser.Page;

        await browser.SignInAsync();
        await page.GotoAsync("/cases/new");
        await browser.WaitForInteractiveAsync();
        await page.Locator("#worker-name").FillAsync("La Ode Salihin");
        await browser.SelectAsync("f-WorkerSex", "Laki-laki");
        var nextYear = DateTime.UtcNow.AddHours(8).Date.AddYears(1);
        await page.Locator("#worker-dob").FillAsync(nextYear.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.Locator("#worker-dob").PressAsync("Tab");
        await page.Locator("#worker-nik").FillAsync("741405540394000");
        await page.Locator("#worker-nik").PressAsync("Tab");
        await browser.SelectAsync("f-HomeRegencyCode", "Muna");
        await browser.SelectAsync("f-Sector", "Formal (pemberi kerja berbadan hukum)");
        await browser.SelectAsync("f-Category", "Gaji tidak dibayar");
        await browser.SelectAsync("f-Channel", "Datang langsung");
        await page.Locator("#narrative").FillAsync("Gaji tiga bulan belum dibayar oleh perusahaan di Taiwan.");
        await page.Locator("button.save-case").ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("NIK harus terdiri dari tepat 16 angka.");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Tanggal lahir tidak boleh di masa depan.");
        await browser.ScreenshotAsync("validation-01-messages");

        // Still on the intake form, with what was typed kept.
        Assert.Matches(NewCaseUrl(), page.Url);
        await Assertions.Expect(page.Locator("#worker-name")).ToHaveValueAsync("La Ode Salihin");
        await Assertions.Expect(page.Locator("#worker-nik")).ToHaveValueAsync("741405540394000");
        await Assertions.Expect(page.Locator("#narrative")).ToHaveValueAsync(
            "Gaji tiga bulan belum dibayar oleh perusahaan di Taiwan.");

        await using var db = app.OpenDatabase();
        Assert.Equal(3, await db.Cases.CountAsync());
        Assert.False(await db.Cases.AnyAsync(c => c.WorkerName == "La Ode Salihin"));
        Assert.True(browser.ConsoleErrors.Count == 0, string.Join("\n", browser.ConsoleErrors));
        browser.Complete();
    }

    [GeneratedRegex(@"/cases/new$")]
    private static partial Regex NewCaseUrl();
}
