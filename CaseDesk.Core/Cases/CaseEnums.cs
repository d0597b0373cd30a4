namespace CaseDesk.Core.Cases;

public enum CaseKind { Complaint, Mediation, Repatriation }

/// <summary>
/// Every state any case kind can be in. Which ones a kind uses, and how it moves between them, is decided only by
/// the per-kind workflow definitions in <c>CaseDesk.Core.Workflow</c>.
/// </summary>
public enum CaseStatus
{
    Intake,
    Verification,
    Mediation,
    /// <summary>Mediation with an individual employer, conducted through the embassy or consulate (KBRI/KJRI).</summary>
    MediationViaRepresentation,
    Resolved,
    Referred,
    Coordinating,
    Arrived,
    HandedOver,
    Rejected,
    Withdrawn,
    Closed,
}

public enum Sector { Formal, IndividualEmployer, ShipCrew, Other }

public enum Sex { Male, Female }

public enum ComplaintCategory
{
    UnpaidWages,
    WantsToReturn,
    Deported,
    Sick,
    Deceased,
    LostContact,
    Overcharging,
    DocumentWithholding,
    ContractTermination,
    ViolenceAbuse,
    Trafficking,
    JobFraud,
    FailedDeparture,
    SocialSecurityClaim,
    Other,
}

public enum IntakeChannel { WalkIn, Phone, Letter, Email, WhatsApp, ReferralDisnaker, ReferralRepresentation, ReferralOtherOffice }

public enum Urgency { Normal, Urgent }

public enum EmployerType { Individual, Company }

public enum MediationOutcome { Agreement, Failed }

public enum ReferralTarget { Police, Disnaker, Representation, MinistryDirectorate }

public enum RejectionReason { OutsideMandate, Incomplete }

public enum CaseEventType
{
    Created, Transition, Note, Edited, Assigned, IdentityVerified, LetterIssued, LetterCancelled,
    WaitStarted, WaitEnded, Escalated, ClosureProposed, ClosureProposalDismissed, ClosureProposalExpired,
    ApprovalRequested, ApprovalApproved, ApprovalReturned, ApprovalCancelled,
    ConsentRecorded, Anonymised,
}
