using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseDesk.Web.Hosting;

/// <summary>
/// Limits sign-in attempts per client address, on top of the per-account lockout: lockout stops guessing one
/// account's password, this stops one client from trying many accounts (password spraying).
/// </summary>
public static class SignInRateLimit
{
    /// <summary>Sign-in posts per client address and minute.</summary>
    public const int PermitsPerMinute = 10;

    public static IServiceCollection AddCaseDeskSignInRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignIn(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = PermitsPerMinute,
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (rejected, ct) =>
            {
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                await rejected.HttpContext.Response.WriteAsync(
                    "Terlalu banyak percobaan masuk. Tunggu satu menit lalu coba lagi.\n" +
                    "Too many sign-in attempts. Wait a minute and try again.", ct);
            };
        });

    internal static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(Components.Account.AccountEndpoints.LoginPath, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(Components.Account.AccountEndpoints.LoginTwoFactorPath,
                StringComparison.OrdinalIgnoreCase));
}
