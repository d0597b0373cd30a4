using CaseDesk.Tests.Support;

namespace CaseDesk.Tests.Browser;

/// <summary>A browser test that fails leaves what the page showed: a screenshot, the HTML and the app's log; one that
/// passes leaves nothing.</summary>
[Trait("Category", "Browser")]
public sealed class BrowserArtefactsTests
{
    [Fact]
    public async Task Session_EndingWithoutComplete_SavesScreenshotHtmlAndAppLog_AndACompletedOneNothing()
    {
        Assert.True(BrowserSession.ChromiumInstalled, "Chromium is missing: apt-get install -y chromium (.ci/run does)");
        var failed = Path.Combine(Path.GetTempPath(), $"casedesk-artefacts-{Guid.NewGuid():N}");
        var passed = Path.Combine(Path.GetTempPath(), $"casedesk-artefacts-{Guid.NewGuid():N}");
        try
        {
            await using (var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "false")))
            {
                var failing = await BrowserSession.StartAsync(app);
                failing.ArtefactsFolder = failed;
                await failing.Page.GotoAsync("/account/login");
                await failing.Page.Locator("#login-email").WaitForAsync();
                await failing.DisposeAsync(); // as when an assertion throws before Complete()

                var passing = await BrowserSession.StartAsync(app);
                passing.ArtefactsFolder = passed;
                await passing.Page.GotoAsync("/account/login");
                passing.Complete();
                await passing.DisposeAsync();
            }

            var png = await File.ReadAllBytesAsync(Path.Combine(failed, "page-1.png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Contains("login-email", await File.ReadAllTextAsync(Path.Combine(failed, "page-1.html")));
            Assert.Contains("CaseDesk.Web output", await File.ReadAllTextAsync(Path.Combine(failed, "app.log")));
            Assert.False(Directory.Exists(passed));
        }
        finally
        {
            foreach (var folder in new[] { failed, passed }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
