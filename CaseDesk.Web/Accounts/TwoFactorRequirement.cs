using System.Security.Claims;
using CaseDesk.Core.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CaseDesk.Web.Accounts;

/// <summary>
/// When <see cref="AccountSecurityOptions.RequireTwoFactorForAdmin"/> is on, an admin whose account has no
/// authenticator yet is held on the enrolment page: every other request (pages, the Blazor hub, downloads) is
/// redirected there or refused, until enrolment re-issues the cookie with <see cref="EnrolledClaim"/>.
/// </summary>
public static class TwoFactorRequirement
{
    /// <summary>Claim put into the sign-in cookie when the account has two-factor sign-in enabled.</summary>
    public const string EnrolledClaim = "casedesk:two_factor";

    public const string EnrolPath = "/account/2fa";

    public static bool MustEnrol(ClaimsPrincipal user, AccountSecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(options);
        return options.RequireTwoFactorForAdmin
            && user.Identity?.IsAuthenticated == true
            && user.IsInRole(Roles.Admin)
            && !user.HasClaim(EnrolledClaim, "true");
    }

    /// <summary>What a user who must enrol may still reach: the enrolment page and whatever anonymous visitors may
    /// (sign-in, sign-out, static files, the language switch).</summary>
    internal static bool AllowedWhileEnrolling(HttpContext context) =>
        context.Request.Path.Equals(EnrolPath, StringComparison.OrdinalIgnoreCase)
        || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    public static IApplicationBuilder UseCaseDeskTwoFactorRequirement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<AccountSecurityOptions>>().Value;
            if (!MustEnrol(context.User, options) || AllowedWhileEnrolling(context))
            {
                await next(context);
                return;
            }

            if (HttpMethods.IsGet(context.Request.Method) && AcceptsHtml(context.Request))
            {
                context.Response.Redirect(EnrolPath);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        });

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Count == 0
        || request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
