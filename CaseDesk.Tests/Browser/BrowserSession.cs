using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;
using Microsoft.Playwright;

namespace CaseDesk.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright against the real app (never a downloaded browser). Screenshots of each
/// walkthrough land in <c>TestResults/screenshots</c> when <c>CASEDESK_SCREENSHOTS</c> names a folder.
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

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page, RunningApp app)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        App = app;
    }

    public IPage Page { get; }

    /// <summary>Errors the page logged to the console (script errors, Content Security Policy violations).</summary>
    public List<string> ConsoleErrors { get; } = [];

    public RunningApp App { get; }

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public static async Task<BrowserSession> StartAsync(RunningApp app)
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
        var session = new BrowserSession(playwright, browser, page, app);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (session.ConsoleErrors)
                {
                    session.ConsoleErrors.Add(message.Text);
                }
            }
        };
        return session;
    }

    public async Task SignInAsync(string email = DemoData.OfficerEmail, string password = DemoData.Password)
    {
        await Page.GotoAsync("/account/login");
        await Page.FillAsync("#login-email", email);
        await Page.FillAsync("#login-password", password);
        await Page.ClickAsync("button.cd-login-submit");
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.OrdinalIgnoreCase));
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
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
