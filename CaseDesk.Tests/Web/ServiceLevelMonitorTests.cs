using CaseDesk.Core;
using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Web;

/// <summary>The hosted service on a fake clock: when it runs its jobs, and that a failing job harms nothing else.
/// </summary>
public sealed class ServiceLevelMonitorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Monitor_AfterTheStartDelayAndEachInterval_RunsEveryJobAndSurvivesOneThatThrows()
    {
        var clock = new ManualClock();
        var runs = 0;
        using var ran = new SemaphoreSlim(0);
        MonitorJob[] jobs =
        [
            new("Broken", (_, _) => throw new InvalidOperationException("database on fire")),
            new("Counting", (_, _) =>
            {
                Interlocked.Increment(ref runs);
                ran.Release();
                return Task.CompletedTask;
            }),
        ];
        var log = new ListLogger();
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var monitor = new ServiceLevelMonitor(jobs, services.GetRequiredService<IServiceScopeFactory>(), clock,
            Options.Create(new EscalationOptions { IntervalMinutes = 15 }), log);

        await monitor.StartAsync(CancellationToken.None);
        await clock.WaitForTimerAsync(Patience);
        clock.Advance(ServiceLevelMonitor.StartDelay - TimeSpan.FromSeconds(1));
        Assert.Equal(0, Volatile.Read(ref runs));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await ran.WaitAsync(Patience), "the first round did not run after the start delay");
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(1, Volatile.Read(ref runs));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await ran.WaitAsync(Patience), "the second round did not run after the interval");

        Assert.Equal(2, Volatile.Read(ref runs));
        Assert.False(monitor.ExecuteTask!.IsCompleted);
        Assert.Equal(2, log.Errors.Count(e => e.Contains("Broken", StringComparison.Ordinal)));
        await monitor.StopAsync(CancellationToken.None);
        Assert.True(monitor.ExecuteTask.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Monitor_WithTheEscalationJob_EscalatesOverdueCasesThroughTheRealServices()
    {
        await using var f = await EscalationFixture.CreateAsync();
        var due = new DateOnly(2026, 11, 26);
        var c = await f.AddCaseAsync(due);
        var clock = new ManualClock(new DateTimeOffset(due.ToDateTime(new TimeOnly(9, 0)), OfficeTime.Offset));
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddCaseDeskCore(f.Db.ConnectionString);
        services.AddSingleton<TimeProvider>(clock);
        services.AddServiceLevelMonitor(configuration);
        await using var provider = services.BuildServiceProvider();
        var monitor = provider.GetServices<IHostedService>().OfType<ServiceLevelMonitor>().Single();

        await monitor.StartAsync(CancellationToken.None);
        await clock.WaitForTimerAsync(Patience);
        clock.Advance(ServiceLevelMonitor.StartDelay);
        var escalated = await EventuallyAsync(async () =>
        {
            await using var db = await f.Db.Factory.CreateDbContextAsync();
            return await db.Escalations.AnyAsync(e => e.CaseId == c.Id && e.Level == EscalationLevel.Officer);
        });
        await monitor.StopAsync(CancellationToken.None);

        Assert.True(escalated, "the monitor did not escalate the case due today");
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void AddServiceLevelMonitor_EscalationEnabled_RegistersTheEscalationJob(string? enabled, bool registered)
    {
        var settings = new Dictionary<string, string?>();
        if (enabled is not null)
        {
            settings["Escalation:Enabled"] = enabled;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();

        services.AddServiceLevelMonitor(configuration);

        Assert.Equal(registered, services.Any(d => ReferenceEquals(d.ImplementationInstance, ServiceLevelMonitorSetup.Escalation)));
        Assert.Contains(services, d => d.ImplementationType == typeof(ServiceLevelMonitor));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    public void AddServiceLevelMonitor_ClosureProposalsEnabled_RegistersTheProposalJob(string? enabled, bool registered)
    {
        var settings = new Dictionary<string, string?>();
        if (enabled is not null)
        {
            settings["ClosureProposals:Enabled"] = enabled;
        }

        var services = new ServiceCollection();
        services.AddServiceLevelMonitor(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

        Assert.Equal(registered,
            services.Any(d => ReferenceEquals(d.ImplementationInstance, ServiceLevelMonitorSetup.ClosureProposals)));
    }

    [Fact]
    public async Task Monitor_WithTheProposalJob_ProposesAdministrativeClosuresThroughTheRealServices()
    {
        await using var f = await EscalationFixture.CreateAsync();
        var c = await f.AddCaseAsync(new DateOnly(2026, 11, 26));
        await using (var db = await f.Db.Factory.CreateDbContextAsync())
        {
            // Registered 40 days ago and still without verified documents: Ps 30, incomplete file.
            await db.Cases.Where(x => x.Id == c.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.CreatedAtUtc, new DateTime(2026, 10, 14, 1, 0, 0, DateTimeKind.Utc))
                .SetProperty(x => x.IdentityVerifiedAtUtc, (DateTime?)null)
                .SetProperty(x => x.Status, CaseStatus.Verification));
        }

        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, OfficeTime.Offset));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Escalation:Enabled"] = "false" }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddCaseDeskCore(f.Db.ConnectionString);
        services.AddSingleton<TimeProvider>(clock);
        services.AddServiceLevelMonitor(configuration);
        await using var provider = services.BuildServiceProvider();
        var monitor = provider.GetServices<IHostedService>().OfType<ServiceLevelMonitor>().Single();

        await monitor.StartAsync(CancellationToken.None);
        await clock.WaitForTimerAsync(Patience);
        clock.Advance(ServiceLevelMonitor.StartDelay);
        var proposed = await EventuallyAsync(async () =>
        {
            await using var db = await f.Db.Factory.CreateDbContextAsync();
            return await db.ClosureProposals.AnyAsync(p => p.CaseId == c.Id);
        });
        await monitor.StopAsync(CancellationToken.None);

        Assert.True(proposed, "the monitor did not propose closing the incomplete file");
    }

    [Fact]
    public async Task Monitor_WithoutJobs_EndsQuietly()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var monitor = new ServiceLevelMonitor([], services.GetRequiredService<IServiceScopeFactory>(),
            new ManualClock(), Options.Create(new EscalationOptions()), new ListLogger());

        await monitor.StartAsync(CancellationToken.None);
        await monitor.ExecuteTask!.WaitAsync(Patience);

        Assert.True(monitor.ExecuteTask.IsCompletedSuccessfully);
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private sealed class ListLogger : ILogger<ServiceLevelMonitor>
    {
        private readonly List<string> _errors = [];

        public IReadOnlyList<string> Errors
        {
            get
            {
                lock (_errors)
                {
                    return [.. _errors];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                lock (_errors)
                {
                    _errors.Add(formatter(state, exception) + " " + exception?.Message);
                }
            }
        }
    }
}
