using System.Security.Claims;
using CaseDesk.Core.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace CaseDesk.Web.Accounts;

/// <summary>The signed-in user of this circuit as a Core <see cref="Actor"/>.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    /// <summary>Claim added at sign-in carrying <see cref="AppUser.DisplayName"/>.</summary>
    public const string DisplayNameClaim = "casedesk:display_name";

    public async Task<Actor> GetActorAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("No signed-in user in this circuit.");
        var name = user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? id;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new Actor(id, name, roles);
    }
}
