namespace CaseDesk.Web.Accounts;

/// <summary>The <c>Accounts</c> section of the settings: sign-in and session limits.</summary>
public sealed class AccountSecurityOptions
{
    public const string Section = "Accounts";

    /// <summary>An admin without an authenticator can do nothing but enrol one (true unless switched off).</summary>
    public bool RequireTwoFactorForAdmin { get; set; } = true;

    /// <summary>Open Blazor circuits (tabs, windows) one user may hold at once.</summary>
    public int MaxCircuitsPerUser { get; set; } = 5;
}
