using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Web;

/// <summary>
/// Starts the real application (the built CaseDesk.Web.dll in its own process) on a free port with a fresh database
/// file, as a newcomer's <c>dotnet run</c> would, and checks it answers.
/// </summary>
public sealed class AppBootTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _databasePath =
        Path.Combine(Path.GetTempPath(), $"casedesk-boot-{Guid.NewGuid():N}", "casedesk.db");
    private readonly StringBuilder _log = new();
    private Process? _app;

    [Fact]
    public async Task App_InProduction_ServesSignInAndProtectsCasesAndMigratesDatabase()
    {
        var baseUri = await StartAppAsync("Production");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = baseUri,
        };

        var login = await http.GetAsync("/account/login");
        var body = await login.Content.ReadAsStringAsync();
        Assert.True(login.StatusCode == HttpStatusCode.OK, $"GET /account/login: {login.StatusCode}\n{Log()}");
        Assert.Contains("CaseDesk", body, StringComparison.Ordinal);
        Assert.Contains("Masuk", body, StringComparison.Ordinal);

        var cases = await http.GetAsync("/cases");
        Assert.Equal(HttpStatusCode.Redirect, cases.StatusCode);
        var location = cases.Headers.Location?.ToString() ?? "";
        Assert.Contains("/account/login", location, StringComparison.OrdinalIgnoreCase);

        StopApp();
        Assert.True(File.Exists(_databasePath), $"database file {_databasePath} missing\n{Log()}");
        await using var db = OpenDatabase();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(17, await db.Regencies.CountAsync());
        // Production never seeds demo data.
        Assert.Equal(0, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task App_InDevelopment_SeedsDemoCasesAndAccounts()
    {
        var baseUri = await StartAppAsync("Development", ("DemoData__Seed", "true"), ("DemoData__Cases", "20"));
        using var http = new HttpClient { BaseAddress = baseUri };
        var login = await http.GetAsync("/account/login");
        Assert.True(login.StatusCode == HttpStatusCode.OK, $"GET /account/login: {login.StatusCode}\n{Log()}");

        // Seeding may run before or after the server starts listening: wait for it.
        var deadline = DateTime.UtcNow + StartTimeout;
        int count;
        do
        {
            await using var db = OpenDatabase();
            count = await db.Cases.CountAsync();
            if (count >= 20)
            {
                break;
            }

            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(count == 20, $"expected 20 demo cases, found {count}\n{Log()}");
        await using var check = OpenDatabase();
        Assert.True(await check.Users.AnyAsync(u => u.Email == Core.Demo.DemoData.OfficerEmail), Log());
    }

    private async Task<Uri> StartAppAsync(string environment, params (string Name, string Value)[] settings)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_databasePath)!);
        var appDll = FindAppDll();
        var port = FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        start.Environment["ASPNETCORE_URLS"] = baseUri.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__CaseDesk"] = $"Data Source={_databasePath}";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        _app = new Process { StartInfo = start };
        _app.OutputDataReceived += (_, e) => Append(e.Data);
        _app.ErrorDataReceived += (_, e) => Append(e.Data);
        _app.Start();
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_app.HasExited)
            {
                Assert.Fail($"CaseDesk.Web exited with code {_app.ExitCode} before answering\n{Log()}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri(baseUri, "/account/login"));
                return baseUri;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(250);
            }
        }

        Assert.Fail($"CaseDesk.Web did not answer on {baseUri} within {StartTimeout.TotalSeconds} s\n{Log()}");
        return baseUri;
    }

    /// <summary>
    /// The app's own build output beside the tests (the test project references the web project), else the web
    /// project's bin folder for the same configuration.
    /// </summary>
    private static string FindAppDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "CaseDesk.Web.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        // bin/<Configuration>/net10.0/ of the tests → CaseDesk.Web/bin/<Configuration>/net10.0/
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var repository = framework.Parent.Parent!.Parent!.Parent!.FullName;
        var built = Path.Combine(repository, "CaseDesk.Web", "bin", configuration, framework.Name, "CaseDesk.Web.dll");
        Assert.True(File.Exists(built), $"CaseDesk.Web.dll found neither at {beside} nor at {built}");
        return built;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private CaseDeskDb OpenDatabase() =>
        new(new DbContextOptionsBuilder<CaseDeskDb>().UseSqlite($"Data Source={_databasePath};Pooling=False").Options);

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private string Log()
    {
        lock (_log)
        {
            return "--- CaseDesk.Web output ---\n" + _log;
        }
    }

    private void StopApp()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            _app.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        StopApp();
        _app?.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(_databasePath)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
