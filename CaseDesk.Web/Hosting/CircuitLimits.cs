using System.Collections.Concurrent;
using System.Security.Claims;
using CaseDesk.Web.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;

namespace CaseDesk.Web.Hosting;

/// <summary>
/// Bounds what one client can make the server hold (Microsoft's threat guidance for interactive server-side
/// Blazor): message size, retained disconnected circuits, unacknowledged render batches, JS interop waits, and
/// open circuits per user.
/// </summary>
public static class CircuitLimits
{
    /// <summary>Largest message a client may send. No page uploads files; the largest input is a case narrative
    /// (a few KB), so SignalR's own default is kept, stated here so it cannot drift.</summary>
    public const long MaximumReceiveMessageSize = 32 * 1024;

    public const int DisconnectedCircuitMaxRetained = 50;
    public static readonly TimeSpan DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
    public const int MaxBufferedUnacknowledgedRenderBatches = 10;

    public static IServerSideBlazorBuilder AddCaseDeskCircuitLimits(this IServerSideBlazorBuilder builder,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddCircuitOptions(o =>
        {
            o.DisconnectedCircuitMaxRetained = DisconnectedCircuitMaxRetained;
            o.DisconnectedCircuitRetentionPeriod = DisconnectedCircuitRetentionPeriod;
            o.JSInteropDefaultCallTimeout = JSInteropDefaultCallTimeout;
            o.MaxBufferedUnacknowledgedRenderBatches = MaxBufferedUnacknowledgedRenderBatches;
        });
        builder.AddHubOptions(o => o.MaximumReceiveMessageSize = MaximumReceiveMessageSize);
        builder.Services.AddOptions<AccountSecurityOptions>().Bind(configuration.GetSection(AccountSecurityOptions.Section));
        builder.Services.AddSingleton<CircuitCounter>();
        builder.Services.AddScoped<CircuitAdmission>();
        builder.Services.AddScoped<CircuitHandler, CircuitLimitHandler>();
        return builder;
    }
}

/// <summary>Open circuits per user id, across the whole server.</summary>
public sealed class CircuitCounter
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    public int Count(string userId) => _open.TryGetValue(userId, out var n) ? n : 0;

    /// <summary>Counts one more circuit for <paramref name="userId"/> unless it already holds <paramref name="max"/>.</summary>
    public bool TryEnter(string userId, int max)
    {
        while (true)
        {
            var current = Count(userId);
            if (current >= max)
            {
                return false;
            }

            if (current == 0 ? _open.TryAdd(userId, 1) : _open.TryUpdate(userId, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Leave(string userId)
    {
        while (true)
        {
            var current = Count(userId);
            if (current == 0)
            {
                return;
            }

            if (current == 1
                ? _open.TryRemove(new KeyValuePair<string, int>(userId, 1))
                : _open.TryUpdate(userId, current - 1, current))
            {
                return;
            }
        }
    }
}

/// <summary>Whether this circuit was admitted; a refused one renders only an explanation (see Routes.razor).</summary>
public sealed class CircuitAdmission
{
    public bool Refused { get; internal set; }

    public int Limit { get; internal set; }
}

/// <summary>Admits a user's circuit while the user holds fewer than <see cref="AccountSecurityOptions.MaxCircuitsPerUser"/>;
/// a refused circuit is marked so it shows a message and none of the app, and is not counted.</summary>
internal sealed class CircuitLimitHandler(AuthenticationStateProvider authentication, CircuitCounter counter,
    CircuitAdmission admission, IOptions<AccountSecurityOptions> options) : CircuitHandler
{
    private string? _countedUser;

    // Before the audit handler and everything else: a refused circuit should cost as little as possible.
    public override int Order => -100;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        string? userId;
        try
        {
            userId = (await authentication.GetAuthenticationStateAsync()).User.FindFirstValue(ClaimTypes.NameIdentifier);
        }
        catch (InvalidOperationException)
        {
            userId = null;
        }

        if (userId is null)
        {
            return;
        }

        var max = options.Value.MaxCircuitsPerUser;
        admission.Limit = max;
        if (counter.TryEnter(userId, max))
        {
            _countedUser = userId;
        }
        else
        {
            admission.Refused = true;
        }
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_countedUser is { } userId)
        {
            _countedUser = null;
            counter.Leave(userId);
        }

        return Task.CompletedTask;
    }
}
