namespace CaseDesk.Core.Audit;

/// <summary>What was done that must stay accountable (UU 27/2022: every access to personal data).</summary>
public enum AuditAction
{
    /// <summary>Cases exported with identity numbers and telephone numbers.</summary>
    ExportPersonalData,

    UserCreated,
    UserRolesChanged,
    UserDisabled,
    UserEnabled,
    PasswordReset,
}

/// <summary>
/// One line of the audit trail: who did what, when, with the details as JSON (e.g. an export's format, filter and
/// number of rows). Written in its own transaction before the audited access starts, so nothing happens unrecorded.
/// </summary>
public sealed class AuditEntry
{
    public const int DetailMaxLength = 4000;

    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public AuditAction Action { get; set; }
    public required string Detail { get; set; }
}
