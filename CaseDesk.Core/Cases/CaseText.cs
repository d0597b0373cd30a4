namespace CaseDesk.Core.Cases;

/// <summary>Display labels of the case enums (Sector, Sex, ComplaintCategory, IntakeChannel, Urgency, EmployerType,
/// MediationOutcome, ReferralTarget, RejectionReason, CaseKind, CaseEventType) in the current UI culture.</summary>
public static class CaseText
{
    public static string Label<TEnum>(TEnum value) where TEnum : struct, Enum =>
        throw new NotImplementedException("contract stub: implemented by the intake work");
}
