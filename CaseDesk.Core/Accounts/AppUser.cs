using Microsoft.AspNetCore.Identity;

namespace CaseDesk.Core.Accounts;

public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
}
