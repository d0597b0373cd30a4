namespace CaseDesk.Core.Accounts;

/// <summary>Who performs an action: passed explicitly into every Core write action.</summary>
public sealed record Actor(string UserId, string DisplayName, IReadOnlySet<string> Roles)
{
    public bool IsSupervisor => Roles.Contains(Accounts.Roles.Supervisor) || Roles.Contains(Accounts.Roles.Head)
        || Roles.Contains(Accounts.Roles.Admin);

    /// <summary>The system itself (seeding, background jobs).</summary>
    public static Actor System { get; } = new("system", "Sistem", new HashSet<string>());
}
