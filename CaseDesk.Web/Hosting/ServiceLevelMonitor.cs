using CaseDesk.Core.Closures;
using CaseDesk.Core.ServiceLevels;
using Microsoft.Extensions.Options;

namespace CaseDesk.Web.Hosting;

/// <summary>A piece of background work the <see cref="ServiceLevelMonitor"/> runs every round, in its own DI scope.
/// </summary>
public sealed record MonitorJob(string Name, Func<IServiceProvider, CancellationToken, Task> RunAsync);

/// <summary>
/// Runs the registered <see cref="MonitorJob"/>s shortly after start-up and then every
/// <see cref="EscalationOptions.IntervalMinutes"/>, on the injected <see cref="TimeProvider"/>. A failing job is logged
/// and the others and later rounds still run: the host never stops because of it. The jobs must be safe to repeat
/// (a restart or an overlapping instance simply runs them again).
/// </summary>
public sealed class ServiceLevelMonitor(IEnumerable<MonitorJob> jobs, IServiceScopeFactory scopes, TimeProvider clock,
    IOptions<EscalationOptions> options, ILogger<ServiceLevelMonitor> logger) : BackgroundService
{
    /// <summary>Lets the app finish starting (and a developer's first page load) before the first round.</summary>
    public static readonly TimeSpan StartDelay = TimeSpan.FromSeconds(10);

    private readonly IReadOnlyList<MonitorJob> _jobs = [.. jobs];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_jobs.Count == 0)
        {
            logger.LogInformation("Service-level monitor: no background jobs enabled");
            return;
        }

        var interval = TimeSpan.FromMinutes(options.Value.IntervalMinutes);
        logger.LogInformation("Service-level monitor: {Jobs} every {Minutes} min",
            string.Join(", ", _jobs.Select(j => j.Name)), interval.TotalMinutes);
        try
        {
            await Task.Delay(StartDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(interval, clock);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>One round: every job once, each in a fresh scope (fresh contexts and actions).</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        foreach (var job in _jobs)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await job.RunAsync(scope.ServiceProvider, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                // Whatever went wrong (a locked database, a bug), the next round tries again.
                logger.LogError(e, "Background job {Job} failed; it runs again in the next round", job.Name);
            }
        }
    }
}

public static class ServiceLevelMonitorSetup
{
    /// <summary>The escalation of overdue cases (<see cref="EscalateOverdueCases"/>).</summary>
    public static MonitorJob Escalation { get; } = new("Escalation", async (services, ct) =>
    {
        var run = await services.GetRequiredService<EscalateOverdueCases>().ExecuteAsync(ct);
        var logger = services.GetRequiredService<ILogger<ServiceLevelMonitor>>();
        var level = run.Escalations > 0 || run.Skipped > 0 ? LogLevel.Information : LogLevel.Debug;
        logger.Log(level,
            "Escalation: {Officer} to officers, {Supervisor} to supervisors, {Head} to the head of office, "
            + "{Notifications} notifications, {Skipped} cases left for the next round (database busy)",
            run.Officer, run.Supervisor, run.Head, run.Notifications, run.Skipped);
    });

    /// <summary>The administrative closure proposals of Perban 6/2024 Ps 30 (<see cref="ProposeAdministrativeClosures"/>);
    /// supervisors confirm or dismiss them on /closures.</summary>
    public static MonitorJob ClosureProposals { get; } = new("ClosureProposals", async (services, ct) =>
    {
        var run = await services.GetRequiredService<ProposeAdministrativeClosures>().ExecuteAsync(ct);
        var logger = services.GetRequiredService<ILogger<ServiceLevelMonitor>>();
        logger.Log(run.TotalProposed > 0 || run.Expired > 0 ? LogLevel.Information : LogLevel.Debug,
            "Administrative closure proposals: {Proposed} proposed, {Expired} withdrawn (condition ended)",
            run.TotalProposed, run.Expired);
    });

    /// <summary>Registers the monitor and its jobs; <c>Escalation:Enabled</c> or <c>ClosureProposals:Enabled</c>
    /// false leaves that job out. A further job is one more <see cref="MonitorJob"/> singleton.</summary>
    public static IServiceCollection AddServiceLevelMonitor(this IServiceCollection services,
        IConfiguration configuration)
    {
        if (configuration.GetValue($"{EscalationOptions.Section}:{nameof(EscalationOptions.Enabled)}", true))
        {
            services.AddSingleton(Escalation);
        }

        if (configuration.GetValue("ClosureProposals:Enabled", true))
        {
            services.AddSingleton(ClosureProposals);
        }

        services.AddHostedService<ServiceLevelMonitor>();
        return services;
    }
}
