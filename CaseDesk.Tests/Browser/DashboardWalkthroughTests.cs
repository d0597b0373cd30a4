using System.Text.RegularExpressions;
using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;
using Microsoft.Playwright;

namespace CaseDesk.Tests.Browser;

/// <summary>
/// The dashboard in a real browser: the supervisor starts on it, sees the figures of the demo cases, and a click on a
/// bar of the regency chart (MudBlazor's SVG, through the page's click module) opens the queue of that regency; an
/// officer starts on the queue and is refused the dashboard.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class DashboardWalkthroughTests
{
    [Fact]
    public async Task Supervisor_ClicksARegencyBar_LandsOnThatRegencysQueue()
    {
        Assert.True(BrowserSession.ChromiumInstalled, "Chromium is missing: apt-get install -y chromium (.ci/run does)");
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "60"));
        // Demo seeding may finish after the server starts answering.
        Assert.Equal(60, await Web.AppBootTests.WaitForCasesAsync(app, 60));
        await using var browser = await BrowserSession.StartAsync(app);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1366, 768);

        await browser.SignInAsync("supervisor@casedesk.local");
        await browser.ExpectUrlAsync(DashboardUrl());
        await browser.WaitForInteractiveAsync();
        await page.Locator("[data-testid=dash-preset-ThisYear]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=dash-regency] tbody tr")).ToHaveCountAsync(17);
        await Assertions.Expect(page.Locator("[data-testid=nav-dashboard]")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("dashboard-01-supervisor");

        // The click module attaches after the first render; under load that can trail the table.
        await Assertions.Expect(page.Locator("[data-testid=dash-regency] [data-bar-click=ready]")).ToHaveCountAsync(1);
        // Kemendagri order: the 14th bar is Buton Tengah (7414), where most demo cases come from.
        await page.Locator("[data-testid=dash-regency] path.mud-chart-bar").Nth(13).ClickAsync(new() { Force = true });

        await browser.ExpectUrlAsync(RegencyQueueUrl());
        await Assertions.Expect(page.Locator("[data-testid=queue-extra-filters]")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("dashboard-02-queue");

        // The meeting report for this year, downloaded as the supervisor takes it to the coordination meeting.
        await page.GotoAsync("/reports");
        await browser.WaitForInteractiveAsync();
        await page.Locator("[data-testid=report-preset-ThisYear]").ClickAsync();
        await Assertions.Expect(page.Locator("a[data-testid=report-download]"))
            .ToHaveAttributeAsync("href", new Regex(@"from=\d{4}-01-01"));
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("a[data-testid=report-download]").ClickAsync());
        Assert.Matches(MeetingReportFile(), download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        browser.SaveFile(download.SuggestedFilename, pdf);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var text = string.Join(" ", Documents.PdfRead.PageTexts(pdf));
        Assert.Contains("LAPORAN PENANGANAN KASUS PEKERJA MIGRAN INDONESIA", text);
        Assert.Contains("Buton Tengah", text);

        await page.Context.ClearCookiesAsync();
        await browser.SignInAsync(DemoData.OfficerEmail);
        await browser.ExpectUrlAsync(QueueUrl());
        await browser.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=nav-dashboard]")).ToHaveCountAsync(0);
        await page.GotoAsync("/dashboard");
        await Assertions.Expect(page.Locator("[data-testid=access-denied]")).ToContainTextAsync("Akses ditolak");
        Assert.True(browser.ConsoleErrors.Count == 0, string.Join("\n", browser.ConsoleErrors));
        browser.Complete();
    }

    [GeneratedRegex(@"/dashboard$")]
    private static partial Regex DashboardUrl();

    [GeneratedRegex(@"/cases\?regency=7414&open=false&from=\d{4}-01-01&to=\d{4}-\d\d-\d\d$")]
    private static partial Regex RegencyQueueUrl();

    [GeneratedRegex(@"^Laporan-Rapat-Koordinasi-\d{4}-01-01-\d{4}-\d\d-\d\d\.pdf$")]
    private static partial Regex MeetingReportFile();

    [GeneratedRegex(@"/cases$")]
    private static partial Regex QueueUrl();
}
