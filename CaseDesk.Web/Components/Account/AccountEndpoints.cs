using System.Security.Claims;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace CaseDesk.Web.Components.Account;

public static class AccountEndpoints
{
    public const string LoginPath = "/account/login";
    public const string LoginTwoFactorPath = "/account/login-2fa";

    /// <summary>POST /account/logout (form with an antiforgery token) signs out and shows the sign-in page.</summary>
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery,
            SignInManager<AppUser> signIn, RecordAuditEvent audit) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            {
                var scope = AuditScope.Current;
                await audit.ExecuteAsync(new AuditRecord(AuditAction.SignOut, userId, scope?.UserName ?? userId,
                    context.Connection.RemoteIpAddress?.ToString(), new { }));
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(LoginPath);
        }).AllowAnonymous();
}
