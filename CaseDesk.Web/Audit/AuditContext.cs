using System.Security.Claims;
using CaseDesk.Core.Audit;
using CaseDesk.Web.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CaseDesk.Web.Audit;

/// <summary>
/// Fills <see cref="AuditScope.Current"/> (who, from which address) for everything the app does: around each HTTP
/// request (downloads, exports, sign-out) and around each inbound activity of a Blazor circuit (clicks, form
/// submissions), so Core actions and the audit interceptor need no extra parameters.
/// </summary>
public static class AuditContext
{
    public static IServiceCollection AddCaseDeskAuditContext(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CircuitHandler, AuditCircuitHandler>();
        return services;
    }

    public static IApplicationBuilder UseCaseDeskAuditContext(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            using (AuditScope.Begin(ScopeOf(context.User, IpOf(context))))
            {
                await next(context);
            }
        });

    internal static string? IpOf(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString();

    internal static AuditScope ScopeOf(ClaimsPrincipal? user, string? ip)
    {
        if (user?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return new AuditScope(null, null, AuditScope.TrimIp(ip));
        }

        var name = user.FindFirstValue(CurrentUser.DisplayNameClaim) ?? user.Identity?.Name ?? id;
        return new AuditScope(id, name, AuditScope.TrimIp(ip));
    }
}

/// <summary>Sets the audit scope around each inbound circuit activity. The address is the one the circuit was opened
/// from (the SignalR connection's), read when the circuit's services are created.</summary>
internal sealed class AuditCircuitHandler(AuthenticationStateProvider authentication,
    IHttpContextAccessor httpContextAccessor) : CircuitHandler
{
    private string? _ip = AuditContext.IpOf(httpContextAccessor.HttpContext);

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            // Should the circuit's services have been created without the connection's context, try again.
            _ip ??= AuditContext.IpOf(httpContextAccessor.HttpContext);
            ClaimsPrincipal? user;
            try
            {
                user = (await authentication.GetAuthenticationStateAsync()).User;
            }
            catch (InvalidOperationException)
            {
                // The very first activity can come before the circuit knows its user.
                user = null;
            }

            using (AuditScope.Begin(AuditContext.ScopeOf(user, _ip)))
            {
                await next(context);
            }
        };
}
