using System.Net;
using System.Security.Claims;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Tests.Audit;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Audit;
using CaseDesk.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Web;

/// <summary>What one user or client can make the server hold, and the audit address of circuit actions.</summary>
public sealed class CircuitLimitsTests
{
    [Fact]
    public async Task AddCaseDeskCircuitLimits_AsProgramCallsIt_SetsCircuitAndHubLimits()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Accounts:MaxCircuitsPerUser"] = "3" })
            .Build();
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents().AddCaseDeskCircuitLimits(configuration);
        await using var app = builder.Build();
        var provider = app.Services;

        var circuit = provider.GetRequiredService<IOptions<CircuitOptions>>().Value;
        Assert.Equal(50, circuit.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(3), circuit.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(TimeSpan.FromSeconds(30), circuit.JSInteropDefaultCallTimeout);
        Assert.Equal(10, circuit.MaxBufferedUnacknowledgedRenderBatches);
        Assert.Equal(32 * 1024, ComponentHubOptions(provider).MaximumReceiveMessageSize);
        Assert.Equal(3, provider.GetRequiredService<IOptions<AccountSecurityOptions>>().Value.MaxCircuitsPerUser);
    }

    [Fact]
    public void AccountSecurityOptions_NoSetting_FiveCircuitsAndTwoFactorRequired()
    {
        var options = new AccountSecurityOptions();

        Assert.Equal((5, true), (options.MaxCircuitsPerUser, options.RequireTwoFactorForAdmin));
    }

    [Fact]
    public async Task CircuitLimitHandler_BeyondTheLimit_RefusesUntilAnotherCloses()
    {
        var counter = new CircuitCounter();
        var open = new List<(CircuitLimitHandler Handler, CircuitAdmission Admission)>();
        for (var i = 0; i < 3; i++)
        {
            open.Add(await OpenAsync(counter, "u-1", max: 2));
        }

        Assert.Equal([false, false, true], open.Select(c => c.Admission.Refused));
        Assert.Equal(2, open[2].Admission.Limit);
        Assert.Equal(2, counter.Count("u-1"));

        // Another user has slots of their own; a refused circuit closing frees nothing.
        Assert.False((await OpenAsync(counter, "u-2", max: 2)).Admission.Refused);
        await open[2].Handler.OnCircuitClosedAsync(null!, default);
        Assert.Equal(2, counter.Count("u-1"));

        await open[0].Handler.OnCircuitClosedAsync(null!, default);
        Assert.Equal(1, counter.Count("u-1"));
        Assert.False((await OpenAsync(counter, "u-1", max: 2)).Admission.Refused);
    }

    [Fact]
    public async Task CircuitLimitHandler_Anonymous_NotCountedNorRefused()
    {
        var counter = new CircuitCounter();
        var admission = new CircuitAdmission();
        var handler = new CircuitLimitHandler(new FixedAuthentication(new ClaimsPrincipal(new ClaimsIdentity())),
            counter, admission, Options.Create(new AccountSecurityOptions { MaxCircuitsPerUser = 1 }));

        await handler.OnCircuitOpenedAsync(null!, default);

        Assert.False(admission.Refused);
    }

    [Fact]
    public async Task CircuitCounter_ManyConcurrentOpens_NeverExceedsTheLimit()
    {
        var counter = new CircuitCounter();

        var admitted = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(_ => Task.Run(() => counter.TryEnter("u-1", 5))));

        Assert.Equal(5, admitted.Count(a => a));
        Assert.Equal(5, counter.Count("u-1"));
    }

    [Fact]
    public async Task AuditCircuitHandler_ActionInCircuit_WritesTheClientAddress()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await testDb.AddUserAsync("wa.ode", Roles.Officer);
        var connection = new DefaultHttpContext();
        connection.Connection.RemoteIpAddress = IPAddress.Parse("10.9.8.7");
        var accessor = new HttpContextAccessor { HttpContext = connection };
        var handler = new AuditCircuitHandler(new FixedAuthentication(Principal(officer.UserId)), accessor);
        // Later activities run without the connection's HTTP context (SignalR messages have none).
        accessor.HttpContext = null;
        var inbound = handler.CreateInboundActivityHandler(async _ =>
            await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(CaseTestData.Valid(), officer));

        await inbound(null!);

        var entry = Assert.Single(await AuditTrailTests.EntriesAsync(testDb), e => e.Action == AuditAction.CaseCreated);
        Assert.Equal("10.9.8.7", entry.IpAddress);
    }

    private static async Task<(CircuitLimitHandler Handler, CircuitAdmission Admission)> OpenAsync(
        CircuitCounter counter, string userId, int max)
    {
        var admission = new CircuitAdmission();
        var handler = new CircuitLimitHandler(new FixedAuthentication(Principal(userId)), counter, admission,
            Options.Create(new AccountSecurityOptions { MaxCircuitsPerUser = max }));
        await handler.OnCircuitOpenedAsync(null!, default);
        return (handler, admission);
    }

    private static ClaimsPrincipal Principal(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));

    private static HubOptions ComponentHubOptions(IServiceProvider provider)
    {
        // Blazor's hub type is internal; its options are what AddHubOptions configures.
        var hub = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", true)!;
        var options = provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub)));
        return (HubOptions)options.GetType().GetProperty("Value")!.GetValue(options)!;
    }

    private sealed class FixedAuthentication(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(user));
    }
}
