using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;



/// <summary>
/// Blazor Server under load, measured with real browsers: the Release app in its own process, a database of generated
/// cases, <c>idle</c> circuits left open in Chromium contexts and <c>active</c> sessions that open the queue, open a
/// case and add a note, timing each click until the screen shows the result. Server memory per circuit is the growth of
/// the server process's resident memory (and its GC heap as reported by the runtime's own event counters are not
/// reachable from outside without a diagnostics client; RSS is what the OS reports for the process).
/// </summary>
/// <remarks>A circuit-level load client (speaking Blazor's SignalR protocol without a browser) would reach 1,000
/// circuits; Chromium contexts cost tens of MB each on the client side, which bounds <c>idle</c> on this machine.</remarks>
internal static class CircuitBenchmark
{
    public sealed record Options(int Cases, int Active, int Idle, TimeSpan Duration);

    public static async Task<int> RunAsync(Options options)
    {
        var root = RepositoryRoot();
        var appDll = Path.Combine(root, "CaseDesk.Web", "bin", "Release", "net10.0", "CaseDesk.Web.dll");
        if (!File.Exists(appDll))
        {
            Console.Error.WriteLine($"{appDll} is missing: run 'dotnet build CaseDesk.sln -c Release' first.");
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("casedesk-circuits-").FullName;
        var database = Path.Combine(folder, "casedesk.db");
        try
        {
            Console.WriteLine($"Seeding {options.Cases:N0} cases …");
            await RunToEndAsync(appDll, ["seed", "--cases", options.Cases.ToString(CultureInfo.InvariantCulture), "--db", database]);

            var port = FreePort();
            var baseUri = new Uri($"http://127.0.0.1:{port}");
            using var app = StartApp(appDll, baseUri, database);
            await WaitUntilAnsweringAsync(app, baseUri);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                ],
            });

            var storageState = await SignInAsync(browser, baseUri);
            await Task.Delay(2000);
            var baseline = ResidentKb(app.Id);

            // Idle circuits: a signed-in queue page each, left alone.
            var idlePages = new List<IPage>();
            var opened = Stopwatch.StartNew();
            for (var i = 0; i < options.Idle; i++)
            {
                try
                {
                    var page = await NewPageAsync(browser, baseUri, storageState);
                    await page.GotoAsync("/cases");
                    await page.Locator(".mud-table-body tr").First.WaitForAsync(new() { Timeout = 60_000 });
                    idlePages.Add(page);
                }
                catch (Exception e) when (e is PlaywrightException or TimeoutException)
                {
                    Console.Error.WriteLine($"Idle circuit {i + 1} could not be opened: {e.Message.Split('\n')[0]}");
                    break;
                }

                if ((i + 1) % 50 == 0)
                {
                    Console.WriteLine($"  {i + 1} idle circuits open ({opened.Elapsed.TotalSeconds:F0} s), server RSS {ResidentKb(app.Id) / 1024:N0} MB");
                }
            }

            await Task.Delay(5000);
            var afterIdle = ResidentKb(app.Id);

            // Active sessions: open a case from the queue, add a note, back to the queue.
            var actives = new List<IPage>();
            for (var i = 0; i < options.Active; i++)
            {
                var page = await NewPageAsync(browser, baseUri, storageState);
                await page.GotoAsync("/cases");
                await page.Locator(".mud-table-body tr").First.WaitForAsync(new() { Timeout = 60_000 });
                actives.Add(page);
            }

            var timings = new Dictionary<string, List<double>> { ["open case"] = [], ["add note"] = [], ["back to queue"] = [] };
            var failures = 0;
            using var stop = new CancellationTokenSource(options.Duration);
            var workers = actives.Select((page, n) => Task.Run(async () =>
            {
                var local = new Dictionary<string, List<double>> { ["open case"] = [], ["add note"] = [], ["back to queue"] = [] };
                var round = 0;
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        round++;
                        var link = page.Locator(".mud-table-body tr a.cd-ref").Nth((n + round) % 20);
                        var reference = await link.InnerTextAsync();
                        local["open case"].Add(await TimeAsync(() => link.ClickAsync(),
                            () => Microsoft.Playwright.Assertions.Expect(page.Locator(".case-reference")).ToHaveTextAsync(reference)));

                        var note = $"Catatan uji beban {n}-{round}";
                        await page.Locator("#note-text").FillAsync(note);
                        local["add note"].Add(await TimeAsync(() => page.Locator("button.add-note-button").ClickAsync(),
                            () => Microsoft.Playwright.Assertions.Expect(page.Locator(".case-timeline")).ToContainTextAsync(note)));

                        local["back to queue"].Add(await TimeAsync(() => page.Locator("a[href='cases']").First.ClickAsync(),
                            () => page.Locator(".mud-table-body tr a.cd-ref").Nth(19).WaitForAsync()));
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException)
                    {
                        Interlocked.Increment(ref failures);
                        await page.GotoAsync("/cases");
                    }
                }

                return local;
            })).ToList();

            await Task.Delay(options.Duration / 2);
            var duringActive = ResidentKb(app.Id);
            foreach (var local in await Task.WhenAll(workers))
            {
                foreach (var (action, values) in local)
                {
                    timings[action].AddRange(values);
                }
            }

            Report(options, idlePages.Count, actives.Count, timings, failures, baseline, afterIdle, duringActive);
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Report(Options options, int idle, int active, Dictionary<string, List<double>> timings,
        int failures, long baselineKb, long afterIdleKb, long duringActiveKb)
    {
        var all = timings.Values.SelectMany(v => v).ToList();
        Console.WriteLine();
        Console.WriteLine($"Blazor Server circuits — {options.Cases:N0} cases, {idle} idle circuits, {active} active sessions, {options.Duration.TotalSeconds:F0} s");
        Console.WriteLine();
        Console.WriteLine("| action (click → screen updated) | n | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (action, values) in timings.Append(new("all actions", all)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {action} | {values.Count} | {Percentile(values, 50):F0} | {Percentile(values, 95):F0} | {Percentile(values, 99):F0} | {(values.Count == 0 ? 0 : values.Max()):F0} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Failed rounds (timeouts): {failures}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Server resident memory: {baselineKb / 1024.0:F0} MB signed in, {afterIdleKb / 1024.0:F0} MB with {idle} idle circuits, {duringActiveKb / 1024.0:F0} MB with the active sessions too"));
        if (idle > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Server memory per idle circuit: {(afterIdleKb - baselineKb) / (double)idle:F0} KB (resident-set growth / circuits)"));
        }
    }

    private static async Task<double> TimeAsync(Func<Task> click, Func<Task> shown)
    {
        var watch = Stopwatch.StartNew();
        await click();
        await shown();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> values, int p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static async Task<string> SignInAsync(IBrowser browser, Uri baseUri)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUri.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#login-email", "petugas@casedesk.local");
        await page.FillAsync("#login-password", "CaseDesk-Demo-2026");
        await page.ClickAsync("button.cd-login-submit");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.OrdinalIgnoreCase));
        var state = await context.StorageStateAsync();
        await context.CloseAsync();
        return state;
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser, Uri baseUri, string storageState)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = baseUri.ToString(),
            StorageState = storageState,
            ViewportSize = new() { Width = 1280, Height = 800 },
            Locale = "id-ID",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    private static Process StartApp(string appDll, Uri baseUri, string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        start.Environment["ASPNETCORE_URLS"] = baseUri.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__CaseDesk"] = $"Data Source={database}";
        start.Environment["DemoData__Seed"] = "true"; // the demo accounts; the generated cases are already there
        start.Environment["DemoData__Cases"] = "0";
        start.Environment["Accounts__MaxCircuitsPerUser"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("app: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task RunToEndAsync(string appDll, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(appDll)!, UseShellExecute = false };
        start.ArgumentList.Add(appDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', args)}' exited with {process.ExitCode}");
        }
    }

    private static async Task WaitUntilAnsweringAsync(Process app, Uri baseUri)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !app.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(baseUri, "/account/login"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("CaseDesk.Web did not start");
    }

    /// <summary>VmRSS of a process from /proc (Linux), in KB.</summary>
    private static long ResidentKb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseDesk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the CaseDesk repository.");
    }
}
