using System.Security.Claims;
using CaseDesk.Core.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace CaseDesk.Web.Accounts;

/// <summary>The signed-in user of this circuit as a Core <see cref="Actor"/>.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    /// <summary>Claim added at sign-in carrying <see cref="AppUser.DisplayName"/>.</summary>
    public const string DisplayNameClaim = "casedesk:display_name";

    public async Task<Actor> GetActorAsync() =>
        FromPrincipal((await authentication.GetAuthenticationStateAsync()).User);

    /// <summary>The actor of a signed-in principal (a circuit's user or an endpoint's <c>HttpContext.User</c>).</summary>
    public static Actor FromPrincipal(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("No signed-in user.");
        var name = user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? id;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new Actor(id, name, roles);
    }
}
