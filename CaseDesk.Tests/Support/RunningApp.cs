using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Support;

/// <summary>
/// The real application (the built CaseDesk.Web.dll in its own process) on a free loopback port with a fresh database
/// file, as a newcomer's <c>dotnet run</c> would start it.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly StringBuilder _log = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"casedesk-app-{Guid.NewGuid():N}");
    private Process? _process;

    private RunningApp()
    {
        DatabasePath = Path.Combine(_folder, "casedesk.db");
    }

    public string DatabasePath { get; }

    public Uri BaseUri { get; private set; } = default!;

    /// <summary>Starts the app in <paramref name="environment"/> with extra settings (environment variables).</summary>
    public static async Task<RunningApp> StartAsync(string environment, params (string Name, string Value)[] settings)
    {
        var app = new RunningApp();
        try
        {
            await app.StartCoreAsync(environment, settings);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public CaseDeskDb OpenDatabase() =>
        new(new DbContextOptionsBuilder<CaseDeskDb>().UseSqlite($"Data Source={DatabasePath};Pooling=False").Options);

    /// <summary>A context factory over the app's database file, for Core actions and fixtures run by a test.</summary>
    public IDbContextFactory<CaseDeskDb> DatabaseFactory() => new FileFactory(this);

    private sealed class FileFactory(RunningApp app) : IDbContextFactory<CaseDeskDb>
    {
        public CaseDeskDb CreateDbContext() => app.OpenDatabase();
    }

    /// <summary>The app's console output so far, for assertion messages.</summary>
    public string Log()
    {
        lock (_log)
        {
            return "--- CaseDesk.Web output ---\n" + _log;
        }
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    private async Task StartCoreAsync(string environment, (string Name, string Value)[] settings)
    {
        Directory.CreateDirectory(_folder);
        var appDll = FindAppDll();
        BaseUri = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        start.Environment["ASPNETCORE_URLS"] = BaseUri.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__CaseDesk"] = $"Data Source={DatabasePath}";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"CaseDesk.Web exited with code {_process.ExitCode} before answering\n{Log()}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri(BaseUri, "/account/login"));
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(250);
            }
        }

        throw new TimeoutException(
            $"CaseDesk.Web did not answer on {BaseUri} within {StartTimeout.TotalSeconds} s\n{Log()}");
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
        if (!File.Exists(built))
        {
            throw new FileNotFoundException($"CaseDesk.Web.dll found neither at {beside} nor at {built}");
        }

        return built;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

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

    public ValueTask DisposeAsync()
    {
        Stop();
        _process?.Dispose();
        SqliteCleanup.ClearPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return ValueTask.CompletedTask;
    }
}

internal static class SqliteCleanup
{
    public static void ClearPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
