namespace CaseDesk.Core.Accounts;

public static class Roles
{
    public const string Officer = "Officer";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Officer, Supervisor, Admin];
}
