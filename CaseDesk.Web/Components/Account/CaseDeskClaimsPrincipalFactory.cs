using System.Security.Claims;
using CaseDesk.Core.Accounts;
using CaseDesk.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseDesk.Web.Components.Account;

/// <summary>Puts the officer's display name into the sign-in cookie, so the circuit never queries it again.</summary>
public sealed class CaseDeskClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorRequirement.EnrolledClaim, "true"));
        }

        return identity;
    }
}
