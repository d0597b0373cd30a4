namespace CaseDesk.Web.Hosting;

/// <summary>
/// Response headers every page and file carries: a Content Security Policy that fits Blazor Server and MudBlazor,
/// no MIME sniffing, no referrer to other sites, no framing by other sites.
/// </summary>
/// <remarks>
/// Scripts only from the app itself: blazor.web.js, MudBlazor.min.js and the modules under wwwroot — no inline script
/// (App.razor therefore renders no import map). Styles allow 'unsafe-inline' because MudBlazor sets style attributes
/// (positions of popovers, chart sizes); that is the documented requirement of the component library and lets no
/// script run. connect-src 'self' covers the circuit's WebSocket (CSP Level 3 matches ws/wss of the same host).
/// Frames only from the app itself: the case page shows letters inline.
/// </remarks>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'self'; form-action 'self'; " +
        "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; frame-src 'self' blob:; worker-src 'self'";

    public static IApplicationBuilder UseCaseDeskSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "SAMEORIGIN";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
}
