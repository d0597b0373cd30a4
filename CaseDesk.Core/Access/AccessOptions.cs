namespace CaseDesk.Core.Access;

/// <summary>The "Access" settings: how the office divides the cases between its officers.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>When on, an officer sees and acts only on the cases of the regencies given to them on
    /// /admin/users and on the cases assigned to them; supervisors, the head and admins see all. Off by default.</summary>
    public bool RegionalAssignment { get; set; }
}
