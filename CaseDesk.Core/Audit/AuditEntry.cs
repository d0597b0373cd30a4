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
    /// <summary>The end of an export with personal data (rows written); appended, never an update of the start.</summary>
    ExportCompleted,
    CaseCreated,
    CaseUpdated,
    CaseTransition,
    CaseNoteAdded,
    CaseAssigned,
    IdentityVerified,
    LetterIssued,
    LetterCancelled,
    WaitStarted,
    WaitEnded,
    CaseEscalated,
    ClosureProposed,
    ClosureDismissed,
    HolidayChanged,
    SignIn,
    SignInFailed,
    SignOut,

    /// <summary>Someone displayed a case's identity numbers or telephone numbers in full.</summary>
    PersonalDataViewed,

    /// <summary>An officer asked a supervisor to approve closing, rejecting or withdrawing a case.</summary>
    ApprovalRequested,
    ApprovalApproved,
    ApprovalReturned,
    ApprovalCancelled,
    /// <summary>An admin changed the regencies an officer works on (regional assignment).</summary>
    UserRegionsChanged,
    /// <summary>The complainant's consent to a purpose was recorded as given or withdrawn (UU 27/2022).</summary>
    ConsentRecorded,
    /// <summary>A closed case's personal data was replaced on request (the detail names the fields, no values).</summary>
    CaseAnonymised,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesGenerated,
    /// <summary>An admin removed another user's authenticator (a lost phone); the user enrols again.</summary>
    TwoFactorReset,
}

/// <summary>
/// One line of the audit trail: who did what, when, from which address, about which case, with the details as JSON
/// (e.g. the fields changed, before and after, with identity numbers masked). Append-only: the app has no code path
/// that updates or deletes an entry and database triggers refuse both.
/// </summary>
public sealed class AuditEntry
{
    public const int DetailMaxLength = 4000;
    public const int IpAddressMaxLength = 64;

    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public string? IpAddress { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The case concerned (no foreign key: the trail must outlive anything it mentions).</summary>
    public int? CaseId { get; set; }

    /// <summary>The entity concerned when it is not the case itself (e.g. "Letter", "Holiday").</summary>
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public required string Detail { get; set; }
}
