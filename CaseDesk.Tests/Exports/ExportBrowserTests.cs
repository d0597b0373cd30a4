using System.Text.RegularExpressions;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Demo;
using CaseDesk.Tests.Browser;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseDesk.Tests.Exports;

/// <summary>The export from the queue in a real browser: the dialog, export.js streaming the file with progress,
/// and the saved download.</summary>
[Trait("Category", "Browser")]
public sealed partial class ExportBrowserTests
{
    [Fact]
    public async Task Supervisor_ExportsTheQueueAsCsvWithPersonalDataAndAsExcel_FilesAreSaved()
    {
        Assert.True(BrowserSession.ChromiumInstalled, "Chromium is missing: apt-get install -y chromium (.ci/run does)");
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "30"));
        await using var browser = await BrowserSession.StartAsync(app);
        var page = browser.Page;
        int total;
        await using (var db = app.OpenDatabase())
        {
            total = await db.Cases.CountAsync();
        }

        await browser.SignInAsync(DemoData.SupervisorEmail);
        await page.GotoAsync("/cases?open=false");
        await browser.WaitForInteractiveAsync();
        await page.Locator("[data-testid=queue-export] button").ClickAsync();
        await page.Locator("[data-testid=queue-export-csv]").ClickAsync();
        var dialog = page.Locator(".export-dialog");
        await Assertions.Expect(dialog.Locator("[data-testid=export-count]"))
            .ToHaveTextAsync($"Filter saat ini memilih {total} kasus; semuanya akan diekspor.");
        await dialog.Locator("[data-testid=export-personal] input").CheckAsync();
        await browser.ScreenshotAsync("export-01-dialog");

        var csv = await page.RunAndWaitForDownloadAsync(() =>
            dialog.Locator("button[data-testid=export-download]").ClickAsync());

        Assert.Matches(FileName("csv"), csv.SuggestedFilename);
        var csvBytes = await File.ReadAllBytesAsync(await csv.PathAsync());
        browser.SaveFile(csv.SuggestedFilename, csvBytes);
        var records = ExportFiles.ReadCsv(csvBytes);
        Assert.Equal(total, records.Count - 1);
        Assert.Contains("NIK", records[0]);
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await using (var db = app.OpenDatabase())
        {
            Assert.Single(await db.AuditEntries.Where(e => e.Action == AuditAction.ExportPersonalData).ToListAsync());
        }

        await page.Locator("[data-testid=queue-export] button").ClickAsync();
        await page.Locator("[data-testid=queue-export-xlsx]").ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-testid=export-count]")).ToBeVisibleAsync();
        var xlsx = await page.RunAndWaitForDownloadAsync(() =>
            dialog.Locator("button[data-testid=export-download]").ClickAsync());

        Assert.Matches(FileName("xlsx"), xlsx.SuggestedFilename);
        var xlsxBytes = await File.ReadAllBytesAsync(await xlsx.PathAsync());
        browser.SaveFile(xlsx.SuggestedFilename, xlsxBytes);
        var rows = ExportFiles.Rows(xlsxBytes);
        Assert.Equal(total + 1, rows.Count);
        Assert.DoesNotContain("NIK", ExportFiles.Header(xlsxBytes));
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = xlsx.SuggestedFilename }))
            .ToBeVisibleAsync();
        await browser.ScreenshotAsync("export-02-done");
        browser.Complete();
    }

    [GeneratedRegex(@"^kasus-\d{4}-\d{2}-\d{2}\.")]
    private static partial Regex FilePrefix();

    private static Regex FileName(string extension) => new(FilePrefix() + Regex.Escape(extension) + "$");
}
