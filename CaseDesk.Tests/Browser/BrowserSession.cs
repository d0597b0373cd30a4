using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;
using Microsoft.Playwright;

namespace CaseDesk.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright against the real app (never a downloaded browser). Screenshots of each
/// walkthrough land in <c>TestResults/screenshots</c> when <c>CASEDESK_SCREENSHOTS</c> names a folder. A test that
/// ends without <see cref="Complete"/> (it failed) leaves a screenshot, the page's HTML and the app's output of every
/// open page in <c>TestResults/browser-failures/&lt;test&gt;</c> (or <c>CASEDESK_ARTIFACTS</c>).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _testName;
    private readonly List<IPage> _pages = [];
    private bool _completed;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page, RunningApp app, string testName)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        App = app;
        _testName = testName;
        _pages.Add(page);
    }

    public IPage Page { get; }

    /// <summary>Errors the page logged to the console (script errors, Content Security Policy violations).</summary>
    public List<string> ConsoleErrors { get; } = [];

    public RunningApp App { get; }

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public static async Task<BrowserSession> StartAsync(RunningApp app,
        [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        // Web-first assertions wait 5 s by default; a 2-core CI box running the whole suite can take longer to answer.
        Assertions.SetDefaultExpectTimeout(15_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUri.ToString(),
            ViewportSize = new() { Width = 1366, Height = 900 },
            Locale = "id-ID",
            TimezoneId = "Asia/Makassar",
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(playwright, browser, page, app, testName);
        session.WatchConsole(page);
        return session;
    }

    /// <summary>A second user at another computer: a page in a context of its own (own cookies, own circuit).</summary>
    public async Task<IPage> OpenSecondPageAsync()
    {
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = App.BaseUri.ToString(),
            ViewportSize = new() { Width = 1366, Height = 900 },
            Locale = "id-ID",
            TimezoneId = "Asia/Makassar",
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        WatchConsole(page);
        _pages.Add(page);
        return page;
    }

    /// <summary>Where failure artefacts go instead of <see cref="ArtefactsRoot"/> (a test of the artefacts).</summary>
    public string? ArtefactsFolder { get; set; }

    /// <summary>Marks the test as passed: no failure artefacts are written when the session ends.</summary>
    public void Complete() => _completed = true;

    private void WatchConsole(IPage page) =>
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (ConsoleErrors)
                {
                    ConsoleErrors.Add(message.Text);
                }
            }
        };

    public Task SignInAsync(string email = DemoData.OfficerEmail, string password = DemoData.Password) =>
        SignInAsync(Page, email, password);

    public static async Task SignInAsync(IPage page, string email, string password = DemoData.Password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#login-email", email);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("button.cd-login-submit");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Waits until the interactive circuit is up: pages are not prerendered, so the layout appears only then.</summary>
    public async Task WaitForInteractiveAsync() =>
        await Page.Locator(".mud-layout").WaitForAsync();

    /// <summary>Opens a MudSelect marked with <paramref name="cssClass"/> and picks the item with that exact text.</summary>
    public async Task SelectAsync(string cssClass, string itemText)
    {
        await Page.Locator($".{cssClass} .mud-select-input").First.ClickAsync();
        var item = Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new($"^\\s*{System.Text.RegularExpressions.Regex.Escape(itemText)}\\s*$") });
        await item.First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>Waits for the URL; on timeout the assertion message carries what the page shows instead.</summary>
    public async Task ExpectUrlAsync(System.Text.RegularExpressions.Regex url)
    {
        try
        {
            await Page.WaitForURLAsync(url);
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync("failure");
            var text = await Page.Locator("body").InnerTextAsync();
            Assert.Fail($"Expected URL {url} but stayed on {Page.Url}. Console errors: "
                + $"{string.Join(" | ", ConsoleErrors)}\nThe page shows:\n{text}\n{App.Log()}");
        }
    }

    /// <summary>Keeps a downloaded file beside the screenshots (when they are kept).</summary>
    public void SaveFile(string name, byte[] content)
    {
        var folder = Environment.GetEnvironmentVariable("CASEDESK_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), content);
        }
    }

    public async Task ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("CASEDESK_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await SaveFailureArtefactsAsync();
        }

        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>What a failed test leaves for whoever reads CI's output: each page as PNG and HTML, the console
    /// errors and the app's log.</summary>
    private async Task SaveFailureArtefactsAsync()
    {
        try
        {
            var folder = ArtefactsFolder
                ?? Path.Combine(ArtefactsRoot(), string.IsNullOrEmpty(_testName) ? "browser-test" : _testName);
            Directory.CreateDirectory(folder);
            for (var i = 0; i < _pages.Count; i++)
            {
                var page = _pages[i];
                if (page.IsClosed)
                {
                    continue;
                }

                var name = $"page-{i + 1}";
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"),
                    $"<!-- {page.Url} -->\n" + await page.ContentAsync());
            }

            await File.WriteAllTextAsync(Path.Combine(folder, "console-errors.txt"),
                string.Join(Environment.NewLine, ConsoleErrors));
            await File.WriteAllTextAsync(Path.Combine(folder, "app.log"), App.Log());
            Console.Error.WriteLine($"Browser test {_testName} failed: screenshot and HTML in {folder}");
        }
        catch (PlaywrightException)
        {
            // The browser itself failed; the test's own exception says more than missing artefacts would.
        }
        catch (IOException)
        {
        }
    }

    /// <summary><c>CASEDESK_ARTIFACTS</c>, else <c>TestResults/browser-failures</c> in the repository (where
    /// <c>.ci/run</c> keeps the test results), else the temp folder.</summary>
    internal static string ArtefactsRoot()
    {
        var configured = Environment.GetEnvironmentVariable("CASEDESK_ARTIFACTS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseDesk.sln")))
            {
                return Path.Combine(dir.FullName, "TestResults", "browser-failures");
            }
        }

        return Path.Combine(Path.GetTempPath(), "casedesk-browser-failures");
    }
}
