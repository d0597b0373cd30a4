using CaseDesk.Core.Cases;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseDesk.Tests.Browser;

/// <summary>
/// Two officers at two computers have the same new complaint open and both start its verification: the first one's
/// step is saved, the second one is told another officer changed the case and sees it as it now is — never two
/// verifications on the timeline.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ConcurrentStepBrowserTests
{
    [Fact]
    public async Task TwoOfficers_ConfirmTheSameStep_OneSucceedsTheOtherSeesTheConflictAndTheRefreshedCase()
    {
        Assert.True(BrowserSession.ChromiumInstalled, "Chromium is missing: apt-get install -y chromium (.ci/run does)");
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "3"));
        Assert.Equal(3, await Web.AppBootTests.WaitForCasesAsync(app, 3));
        var fresh = await CaseTestData.InsertAsync(app.DatabaseFactory(), "ADU-2026-990001",
            c =>
            {
                c.Status = CaseStatus.Intake;
                // A respondent to invite: verification then offers the clarification letter, so the step has a dialog.
                c.PlacementCompanyName = "PT Maju Jaya Abadi";
            });
        await using var browser = await BrowserSession.StartAsync(app);
        var first = browser.Page;
        var second = await browser.OpenSecondPageAsync();

        await BrowserSession.SignInAsync(first, Core.Demo.DemoData.OfficerEmail);
        await BrowserSession.SignInAsync(second, "andi.pratama@casedesk.local");
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync($"/cases/{fresh.Id}");
            await page.Locator(".mud-layout").WaitForAsync();
            await Assertions.Expect(page.Locator(".state-chip")).ToHaveTextAsync("Penerimaan");
            // Both open the step's dialog before either confirms.
            await page.Locator(".workflow-step[data-trigger=StartVerification] button").ClickAsync();
            await page.Locator(".step-dialog .step-issue-letter input").UncheckAsync();
        }

        await first.Locator(".step-dialog button.step-confirm").ClickAsync();
        await Assertions.Expect(first.Locator(".state-chip")).ToHaveTextAsync("Verifikasi");

        await second.Locator(".step-dialog button.step-confirm").ClickAsync();
        await Assertions.Expect(second.Locator(".mud-snackbar").Filter(new() { HasText = "telah diubah oleh petugas lain" }))
            .ToBeVisibleAsync();
        // The second officer's page now shows the case as the first one left it.
        await Assertions.Expect(second.Locator(".state-chip")).ToHaveTextAsync("Verifikasi");
        await Assertions.Expect(second.Locator(".workflow-step[data-trigger=StartVerification]")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("concurrent-01-first");

        await using var db = app.OpenDatabase();
        var steps = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == fresh.Id && e.Trigger != null)
            .Select(e => new { e.Trigger, e.ActorName }).ToListAsync();
        var step = Assert.Single(steps);
        Assert.Equal("StartVerification", step.Trigger);
        Assert.Equal("Wa Ode Nurhayati", step.ActorName);
        var saved = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == fresh.Id);
        Assert.Equal(CaseStatus.Verification, saved.Status);
        Assert.Equal(2, saved.Version);
        Assert.True(browser.ConsoleErrors.Count == 0, string.Join("\n", browser.ConsoleErrors));
        browser.Complete();
    }
}
