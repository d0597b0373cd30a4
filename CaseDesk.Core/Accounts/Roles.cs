namespace CaseDesk.Core.Accounts;

public static class Roles
{
    public const string Officer = "Officer";
    public const string Supervisor = "Supervisor";

    /// <summary>The head of the office (Kepala Balai): a supervisor who also receives the last escalation step.</summary>
    public const string Head = "Head";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Officer, Supervisor, Head, Admin];
}
